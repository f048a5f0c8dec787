// The test runner's main(); every other file in tests/unit/ only holds test cases.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

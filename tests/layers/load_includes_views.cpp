// Deliberately against the flow: a loader source that reaches for a view. The `layers` test
// builds it as part of the load library's include path and expects the compiler to refuse.
#include <most/status.hpp>

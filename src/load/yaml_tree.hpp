#pragma once

// A compact, read-only YAML document tree built from yaml-cpp's event stream.
// Aliases are kept as links to their anchored node (never copied), so sharing costs nothing
// and the expansion size can be checked before anything is expanded.

#include "large_blocks.hpp"

#include <most/diagnostic.hpp>
#include <most/load.hpp>
#include <most/rule_id.hpp>

#include <cassert>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace most {
class LineIndex;
}

namespace most::yaml {

enum class NodeKind : std::uint8_t { Null, Scalar, Sequence, Map, Alias };

using NodeId = std::uint32_t;
inline constexpr NodeId kNoNode = 0xFFFFFFFFU;

struct Node {
  NodeKind kind = NodeKind::Null;
  bool duplicate_key = false; ///< a map key repeating an earlier key of the same map
  bool flow = false;          ///< a mapping or sequence written inline as { } or [ ]
  SourceLocation location;    ///< 1-based
  NodeId first_child = kNoNode;
  NodeId next_sibling = kNoNode;
  NodeId target = kNoNode;  ///< for aliases: the anchored node
  std::uint32_t scalar = 0; ///< for scalars: index into Tree::scalar_ends
};

/// A parsed document: node 0 is the root when `nodes` is not empty. Nodes are in document
/// order, so a node's descendants are the ids right after it.
struct Tree {
  std::vector<Node, LargeBlockAllocator<Node>> nodes;
  /// Every scalar's text, one after the other (one buffer instead of an allocation each);
  /// scalar i ends at scalar_ends[i] and starts where scalar i - 1 ends.
  std::basic_string<char, std::char_traits<char>, LargeBlockAllocator<char>> scalar_text;
  std::vector<std::uint32_t, LargeBlockAllocator<std::uint32_t>> scalar_ends;

  /// The node itself, or the anchored node an alias points to.
  const Node& resolve(NodeId id) const {
    const Node& node = nodes[id];
    return node.kind == NodeKind::Alias ? nodes[node.target] : node;
  }
  NodeId resolve_id(NodeId id) const {
    return nodes[id].kind == NodeKind::Alias ? nodes[id].target : id;
  }
  /// The text of a scalar node; views stay valid once parsing is done.
  std::string_view text(const Node& node) const {
    assert(node.kind == NodeKind::Scalar);
    const std::uint32_t start = node.scalar == 0 ? 0 : scalar_ends[node.scalar - 1];
    return {scalar_text.data() + start, scalar_ends[node.scalar] - start};
  }
};

/// What went wrong while building the tree, if anything.
struct ParseFailure {
  std::string message; ///< plain words, empty when parsing succeeded
  SourceLocation location;
  RuleId rule = RuleId::YamlSyntax;
};

/// A key written more than once in one mapping: where it is first repeated, and how often it
/// is written in all.
struct DuplicateKey {
  SourceLocation location;
  std::string key;
  std::size_t count = 2;
};

/// The outcome of parsing: a tree of the first document, findings, and a failure if any.
struct ParseResult {
  Tree tree;
  bool empty = true;    ///< no document at all
  bool anchors = false; ///< an anchor (&name) or alias (*name) is written somewhere
  ParseFailure failure;
  std::vector<DuplicateKey> duplicate_keys;
};

/// Parses `text` (already checked to be UTF-8 without NUL bytes); `lines` indexes the same text.
ParseResult parse_tree(std::string_view text, const LineIndex& lines, const LoadLimits& limits);

} // namespace most::yaml

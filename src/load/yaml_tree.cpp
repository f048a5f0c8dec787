#include "yaml_tree.hpp"

#include "text.hpp"

#include <most/utf8.hpp>

#include <fmt/format.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <array>
#include <istream>
#include <optional>
#include <streambuf>

namespace most::yaml {

namespace {

// Reads a string_view through std::istream without copying it.
class ViewBuffer : public std::streambuf {
public:
  explicit ViewBuffer(std::string_view text) {
    char* begin = const_cast<char*>(text.data()); // NOLINT: streambuf wants char*, never written
    setg(begin, begin, begin + text.size());
  }
};

// Thrown from inside the handler to stop yaml-cpp early; caught in parse_tree.
struct Stop {
  ParseFailure failure;
};

// yaml-cpp counts lines and byte columns from 0; we print 1-based lines and character columns.
SourceLocation to_location(const LineIndex& lines, const YAML::Mark& mark) {
  if (mark.is_null() || mark.line < 0 || mark.column < 0) {
    return {1, 1};
  }
  return lines.at_line_byte(mark.line, mark.column);
}

constexpr std::string_view kTabIndentation =
    "a tab is used for indentation here; YAML allows only spaces, so replace it with spaces";

// The expanded size of a node: values, and bytes (its text plus kAliasNodeBytes per value).
struct Weight {
  std::uint64_t values = 1;
  std::uint64_t bytes = kAliasNodeBytes;
};

class TreeBuilder : public YAML::EventHandler {
public:
  TreeBuilder(ParseResult& result, const LoadLimits& limits, const LineIndex& lines,
              std::size_t text_size)
      : result_(result), limits_(limits), lines_(lines),
        max_alias_bytes_(
            std::max<std::uint64_t>(limits.min_alias_bytes, static_cast<std::uint64_t>(text_size) *
                                                                limits.alias_bytes_per_byte)) {
    // Most values take at least two bytes of text ("0,"), so the arrays seldom move while
    // they grow (they still may: "{a,b}" or aliases; no reference into them is kept while
    // parsing). Reserved pages that are never written cost no memory.
    const std::size_t most_nodes = std::min(text_size / 2 + 16, limits.max_values + 1);
    result_.tree.nodes.reserve(most_nodes);
    result_.tree.scalar_ends.reserve(most_nodes);
    result_.tree.scalar_text.reserve(text_size); // scalars are rarely longer than their source
  }

  void OnDocumentStart(const YAML::Mark& mark) override {
    if (documents_++ > 0) {
      throw Stop{{"the file holds more than one YAML document (a second '---'); a plan is one "
                  "document",
                  to_location(lines_, mark), RuleId::NotAPlan}};
    }
    result_.empty = false;
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    add(NodeKind::Null, mark, anchor);
    add_weight_to_parent({1, kAliasNodeBytes});
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    if (anchor >= anchors_.size() || anchors_[anchor].node == kNoNode) {
      throw Stop{{"alias refers to an anchor that is not defined", to_location(lines_, mark)}};
    }
    const Anchor& target = anchors_[anchor];
    if (target.open) {
      throw Stop{{fmt::format("alias '*{}' refers to a node that contains it (a cycle); an "
                              "alias may only repeat a finished node",
                              target.name),
                  to_location(lines_, mark)}};
    }
    const NodeId id = add(NodeKind::Alias, mark, 0);
    result_.anchors = true;
    result_.tree.nodes[id].target = target.node;
    account(target.weight.values, mark);
    account_alias_bytes(target.weight.bytes, mark);
    add_weight_to_parent(target.weight);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& /*tag*/, YAML::anchor_t anchor,
                const std::string& value) override {
    const NodeId id = add(NodeKind::Scalar, mark, anchor);
    Tree& tree = result_.tree;
    tree.nodes[id].scalar = static_cast<std::uint32_t>(tree.scalar_ends.size());
    const std::size_t start = tree.scalar_text.size();
    if (value.find_first_of("\x85\xA0") == std::string::npos) {
      tree.scalar_text += value;
    } else {
      // yaml-cpp decodes `\N` and `\_` to the bare bytes 0x85 and 0xA0, not to UTF-8.
      tree.scalar_text += latin1_bytes_as_utf8(value);
    }
    tree.scalar_ends.push_back(static_cast<std::uint32_t>(tree.scalar_text.size()));
    const Weight weight{1, kAliasNodeBytes + (tree.scalar_text.size() - start)};
    if (anchor != 0) {
      anchors_[anchor].weight = weight;
    }
    add_weight_to_parent(weight);
    last_scalar_offset_ = mark.pos;
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& /*tag*/, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value style) override {
    open(NodeKind::Sequence, mark, anchor, style == YAML::EmitterStyle::Flow);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string& /*tag*/, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override {
    open(NodeKind::Map, mark, anchor, style == YAML::EmitterStyle::Flow);
  }
  void OnMapEnd() override {
    mark_duplicate_keys(stack_.back().node);
    close();
  }

  void OnAnchor(const YAML::Mark& /*mark*/, const std::string& name) override {
    pending_anchor_name_ = name;
  }

private:
  NodeId add(NodeKind kind, const YAML::Mark& mark, YAML::anchor_t anchor) {
    auto& nodes = result_.tree.nodes;
    const auto id = static_cast<NodeId>(nodes.size());
    Node node;
    node.kind = kind;
    node.location = to_location(lines_, mark);
    nodes.push_back(node);
    if (!stack_.empty()) {
      Open& parent = stack_.back();
      if (parent.last_child == kNoNode) {
        nodes[parent.node].first_child = id;
      } else {
        nodes[parent.last_child].next_sibling = id;
      }
      parent.last_child = id;
    }
    if (kind != NodeKind::Alias) {
      if (++values_ > limits_.max_values) {
        throw Stop{{fmt::format("the file holds more than {} YAML values; a plan needs far "
                                "fewer, so most stops reading here",
                                limits_.max_values),
                    to_location(lines_, mark)}};
      }
      account(1, mark);
    }
    if (anchor != 0) {
      result_.anchors = true;
      if (anchor >= anchors_.size()) {
        anchors_.resize(anchor + 1);
      }
      anchors_[anchor] = Anchor{id, pending_anchor_name_, {1, kAliasNodeBytes}, false};
    }
    return id;
  }

  // Counts expanded nodes (an alias counts as everything it repeats), so a "billion laughs"
  // document is refused by arithmetic, long before anything would be expanded.
  void account(std::uint64_t weight, const YAML::Mark& mark) {
    total_ += weight;
    if (total_ > limits_.max_expanded) {
      throw Stop{{fmt::format("aliases expand to more than {} values (an alias bomb?); most "
                              "refuses to expand them",
                              limits_.max_expanded),
                  to_location(lines_, mark)}};
    }
  }

  // Counts the bytes aliases repeat: a 1 MiB scalar aliased 100,000 times is few values but
  // would be 100 GB of text in the model, so bytes are bounded too (relative to the file).
  void account_alias_bytes(std::uint64_t bytes, const YAML::Mark& mark) {
    alias_bytes_ += bytes;
    if (alias_bytes_ > max_alias_bytes_) {
      const bool mib = max_alias_bytes_ >= (1U << 20);
      throw Stop{{fmt::format("aliases repeat more than {} {} of text, {} times the file (an "
                              "alias bomb?); most refuses to expand them",
                              max_alias_bytes_ >> (mib ? 20 : 10), mib ? "MiB" : "KiB",
                              limits_.alias_bytes_per_byte),
                  to_location(lines_, mark)}};
    }
  }

  // A finished node's expanded size joins its parent's.
  void add_weight_to_parent(Weight weight) {
    if (!stack_.empty()) {
      stack_.back().weight.values += weight.values;
      stack_.back().weight.bytes += weight.bytes;
    }
  }

  void open(NodeKind kind, const YAML::Mark& mark, YAML::anchor_t anchor, bool flow) {
    if (stack_.size() >= limits_.max_depth) {
      throw Stop{{fmt::format("nesting is deeper than {} levels; a plan needs far fewer",
                              limits_.max_depth),
                  to_location(lines_, mark)}};
    }
    const NodeId id = add(kind, mark, anchor);
    result_.tree.nodes[id].flow = flow;
    if (anchor != 0) {
      anchors_[anchor].open = true;
    }
    stack_.push_back(Open{id, kNoNode, {1, kAliasNodeBytes}, anchor, flow});
  }

  void close() {
    const Open closed = stack_.back();
    stack_.pop_back();
    if (closed.anchor != 0) {
      anchors_[closed.anchor].open = false;
      anchors_[closed.anchor].weight = closed.weight;
    }
    add_weight_to_parent(closed.weight);
  }

  // yaml-cpp accepts repeated keys silently; we flag every repeat after the first.
  void mark_duplicate_keys(NodeId map_id) {
    auto& nodes = result_.tree.nodes;
    keys_.clear();
    bool is_key = true;
    for (NodeId child = nodes[map_id].first_child; child != kNoNode;
         child = nodes[child].next_sibling, is_key = !is_key) {
      const Node& key = result_.tree.resolve(child);
      if (is_key && key.kind == NodeKind::Scalar) {
        keys_.emplace_back(result_.tree.text(key), child);
      }
    }
    if (keys_.size() < 2) {
      return;
    }
    // Stable sort keeps the first occurrence first, so only later repeats are flagged.
    std::stable_sort(keys_.begin(), keys_.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    // One finding per repeated key, at its first repeat: a key written 400,000 times is one
    // mistake, and a finding per copy would cost far more memory than the file.
    for (std::size_t i = 1; i < keys_.size(); ++i) {
      if (keys_[i].first != keys_[i - 1].first) {
        continue;
      }
      nodes[keys_[i].second].duplicate_key = true;
      if (i >= 2 && keys_[i].first == keys_[i - 2].first) {
        ++result_.duplicate_keys.back().count;
      } else {
        result_.duplicate_keys.push_back(
            {nodes[keys_[i].second].location, std::string(keys_[i].first), 2});
      }
    }
  }

  ParseResult& result_;
  LoadLimits limits_;
  const LineIndex& lines_;
  std::uint64_t max_alias_bytes_;
  int documents_ = 0;
  /// A mapping or sequence whose end has not come yet.
  struct Open {
    NodeId node;
    NodeId last_child; ///< where the next child is linked in
    Weight weight;     ///< so far, each alias counting as all it repeats
    YAML::anchor_t anchor;
    bool flow; ///< written inline as [ ] or { }
  };
  /// What an anchor (&name) names, for the aliases (*name) that repeat it.
  struct Anchor {
    NodeId node = kNoNode;
    std::string name;
    Weight weight;     ///< expanded size, known once the node is finished
    bool open = false; ///< the node is still being read: an alias to it is a cycle
  };
  std::vector<Open> stack_;
  std::vector<Anchor> anchors_; ///< by yaml-cpp's anchor number
  std::string pending_anchor_name_;
  std::uint64_t total_ = 0;       ///< values so far, each alias counting as all it repeats
  std::uint64_t values_ = 0;      ///< nodes written in the file, aliases not expanded
  std::uint64_t alias_bytes_ = 0; ///< bytes repeated by aliases so far
  std::vector<std::pair<std::string_view, NodeId>> keys_;
  int last_scalar_offset_ = -1;

public:
  /// Byte offset of the latest scalar (-1 before any), for quote checking.
  int last_scalar_offset() const { return last_scalar_offset_; }

  /// Where the innermost unclosed inline `[` (or `{`) began, if any: yaml-cpp only notices
  /// the missing bracket where the file ends, which is not where the author must look.
  std::optional<SourceLocation> open_flow(NodeKind kind) const {
    for (std::size_t i = stack_.size(); i-- > 0;) {
      const Node& node = result_.tree.nodes[stack_[i].node];
      if (stack_[i].flow && node.kind == kind) {
        return node.location;
      }
    }
    return std::nullopt;
  }
};

// yaml-cpp's messages are terse parser jargon; say what they mean for a plan author.
std::string plain_words(const std::string& message) {
  static constexpr auto kPlain = std::to_array<std::pair<std::string_view, std::string_view>>({
      {"bad file", "the YAML parser gave up on this file (too deeply nested or malformed)"},
      {"illegal map value", "a ':' where no value can start; check the indentation, or put "
                            "text that contains ': ' in quotes"},
      {"illegal map key", "a key where none is allowed; check the indentation"},
      {"end of map not found", "this line does not fit the mapping above it; check the "
                               "indentation"},
      {"end of sequence not found", "this line does not fit the list above it; check the "
                                    "indentation"},
      {"end of map flow not found", "a '{' is never closed with '}'"},
      {"end of sequence flow not found", "a '[' is never closed with ']'"},
      {"illegal flow end", "a ']' or '}' that closes nothing"},
      {"illegal block entry", "a '- ' list item where none is allowed; check the indentation"},
      {"illegal tab when looking for indentation", kTabIndentation},
      {"illegal EOF in scalar", "the file ends inside a quoted text; close the quote"},
      {"the referenced anchor is not defined",
       "an alias (*name) refers to an anchor (&name) that is not defined before it"},
      {"alias not found after *", "a '*' must be followed by an anchor name"},
      {"anchor not found after &", "a '&' must be followed by an anchor name"},
      {"unknown token", "a character that cannot start anything here"},
      {"YAML major version too large", "the %YAML directive names a version this parser cannot "
                                       "read; remove it"},
  });
  for (const auto& [jargon, plain] : kPlain) {
    if (message == jargon) {
      return std::string(plain);
    }
  }
  if (message.starts_with("unknown escape character: ")) {
    return fmt::format("'\\{}' is not a valid escape in double quotes; write '\\\\' for a "
                       "backslash or use single quotes",
                       message.substr(26));
  }
  return message;
}

// yaml-cpp 0.7 lets a quoted scalar run to the end of the file when its closing quote is
// missing, silently swallowing the rest of the plan. Only the last scalar can do that, so
// scan it for its closing quote.
bool quote_is_closed(std::string_view text, std::size_t start) {
  const char quote = text[start];
  for (std::size_t i = start + 1; i < text.size(); ++i) {
    if (quote == '"' && text[i] == '\\') {
      ++i;
    } else if (text[i] == quote) {
      if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
        ++i; // '' is an escaped quote inside single quotes
      } else {
        return true;
      }
    }
  }
  return false;
}

// yaml-cpp seldom blames a tab used for indentation: it stops at a later token ("illegal map
// value"). When the line it stopped on, or the non-blank line above it, is indented with a
// tab, that tab is what the author must fix.
std::optional<SourceLocation> indenting_tab(const LineIndex& lines, int line) {
  for (int checked = 0; line >= 0 && checked < 2; --line) {
    const std::string_view text = lines.line_text(line);
    const std::size_t indent = text.find_first_not_of(" \t");
    if (indent == std::string_view::npos) {
      continue; // blank lines say nothing about indentation
    }
    if (const std::size_t tab = text.substr(0, indent).find('\t'); tab != std::string_view::npos) {
      return lines.at_line_byte(line, static_cast<int>(tab));
    }
    ++checked;
  }
  return std::nullopt;
}

} // namespace

ParseResult parse_tree(std::string_view text, const LineIndex& lines, const LoadLimits& limits) {
  ParseResult result;
  ViewBuffer buffer(text);
  std::istream stream(&buffer);
  TreeBuilder builder(result, limits, lines, text.size());
  try {
    YAML::Parser parser(stream);
    while (parser.HandleNextDocument(builder)) {
    }
    const auto last = static_cast<std::size_t>(builder.last_scalar_offset());
    if (builder.last_scalar_offset() >= 0 && last < text.size() &&
        (text[last] == '"' || text[last] == '\'') && !quote_is_closed(text, last)) {
      result.failure = {fmt::format("the {} quote that starts here is never closed",
                                    text[last] == '"' ? "double" : "single"),
                        lines.at(last)};
    }
  } catch (const Stop& stop) {
    result.failure = stop.failure;
  } catch (const YAML::Exception& error) {
    result.failure = {plain_words(error.msg), to_location(lines, error.mark)};
    if (auto tab = indenting_tab(lines, error.mark.line)) {
      result.failure = {std::string(kTabIndentation), *tab};
    }
    const bool sequence = error.msg == "end of sequence flow not found";
    if (sequence || error.msg == "end of map flow not found") {
      if (auto start = builder.open_flow(sequence ? NodeKind::Sequence : NodeKind::Map)) {
        result.failure = {sequence ? "this '[' is never closed with ']'"
                                   : "this '{' is never closed with '}'",
                          *start};
      }
    }
  } catch (const std::exception& error) {
    // yaml-cpp may throw standard exceptions on pathological input (e.g. bad_alloc).
    result.failure = {fmt::format("the YAML parser failed: {}", error.what()), {1, 1}};
  }
  return result;
}

} // namespace most::yaml

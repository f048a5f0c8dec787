#include "reparse.hpp"

#include "text.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <span>
#include <vector>

namespace most::yaml {

namespace {

using Lines = std::vector<std::string_view>;

// The lines of `text`, without their '\n'; a text ending in '\n' has an empty last line, as
// LineIndex counts them.
Lines split_lines(std::string_view text) {
  Lines lines;
  std::size_t start = 0;
  for (std::size_t nl = text.find('\n'); nl != std::string_view::npos;
       nl = text.find('\n', start)) {
    lines.push_back(text.substr(start, nl - start));
    start = nl + 1;
  }
  lines.push_back(text.substr(start));
  return lines;
}

// yaml-cpp also breaks lines at a '\r' alone, which LineIndex does not: positions after one
// follow yaml-cpp's count, which a region parsed on its own would not reproduce.
bool has_lone_carriage_return(std::string_view text) {
  for (std::size_t cr = text.find('\r'); cr != std::string_view::npos;
       cr = text.find('\r', cr + 1)) {
    if (cr + 1 == text.size() || text[cr + 1] != '\n') {
      return true;
    }
  }
  return false;
}

/// A run of changed lines: old lines [old_begin, old_end) became new lines [new_begin, new_end).
struct Hunk {
  int old_begin = 0;
  int old_end = 0;
  int new_begin = 0;
  int new_end = 0;
};

// More edited lines than this and parsing the whole text is about as cheap.
constexpr int kMaxEdits = 400;

// Runs of lines marked removed (from `a`) and added (to `b`), in order, as hunks whose lines
// are offset by `head`.
std::vector<Hunk> hunks_of(const std::vector<bool>& removed, const std::vector<bool>& added,
                           int head) {
  std::vector<Hunk> hunks;
  const auto old_size = static_cast<int>(removed.size());
  const auto new_size = static_cast<int>(added.size());
  for (int i = 0, j = 0; i < old_size || j < new_size;) {
    if (i < old_size && j < new_size && !removed[static_cast<std::size_t>(i)] &&
        !added[static_cast<std::size_t>(j)]) {
      ++i;
      ++j;
      continue;
    }
    Hunk hunk{head + i, head + i, head + j, head + j};
    for (; i < old_size && removed[static_cast<std::size_t>(i)]; ++i) {
    }
    for (; j < new_size && added[static_cast<std::size_t>(j)]; ++j) {
    }
    hunk.old_end = head + i;
    hunk.new_end = head + j;
    hunks.push_back(hunk);
  }
  return hunks;
}

/// Myers' greedy search for the fewest lines removed and added between two runs of lines.
class ShortestEdit {
public:
  ShortestEdit(std::span<const std::string_view> a, std::span<const std::string_view> b)
      : a_(a), b_(b), most_(std::min(static_cast<int>(a.size() + b.size()), kMaxEdits)),
        offset_(most_ + 1), furthest_(static_cast<std::size_t>(2 * most_ + 3), 0) {}

  /// Marks the lines of `a` removed and of `b` added; false over kMaxEdits.
  bool run(std::vector<bool>& removed, std::vector<bool>& added) {
    const auto old_size = static_cast<int>(a_.size());
    const auto new_size = static_cast<int>(b_.size());
    for (int d = 0; d <= most_; ++d) {
      rounds_.push_back(furthest_);
      for (int k = -d; k <= d; k += 2) {
        int x = down(furthest_, k, d) ? at(furthest_, k + 1) : at(furthest_, k - 1) + 1;
        int y = x - k;
        while (x < old_size && y < new_size &&
               a_[static_cast<std::size_t>(x)] == b_[static_cast<std::size_t>(y)]) {
          ++x;
          ++y;
        }
        furthest_[slot(k)] = x;
        if (x >= old_size && y >= new_size) {
          walk_back(d, x, y, removed, added);
          return true;
        }
      }
    }
    return false;
  }

private:
  int at(const std::vector<int>& v, int k) const { return v[slot(k)]; }
  std::size_t slot(int k) const {
    const int index = offset_ + k;
    return static_cast<std::size_t>(index);
  }
  bool down(const std::vector<int>& v, int k, int d) const {
    return k == -d || (k != d && at(v, k - 1) < at(v, k + 1));
  }

  // From the end back to the start: every step off the diagonal removed or added a line.
  void walk_back(int d, int x, int y, std::vector<bool>& removed, std::vector<bool>& added) const {
    removed.assign(a_.size(), false);
    added.assign(b_.size(), false);
    for (int back = d; back > 0; --back) {
      const std::vector<int>& before = rounds_[static_cast<std::size_t>(back)];
      const bool from_above = down(before, x - y, back);
      const int previous = x - y + (from_above ? 1 : -1);
      const int px = at(before, previous);
      const int py = px - previous;
      if (from_above) {
        added[static_cast<std::size_t>(py)] = true;
      } else {
        removed[static_cast<std::size_t>(px)] = true;
      }
      x = px;
      y = py;
    }
  }

  std::span<const std::string_view> a_;
  std::span<const std::string_view> b_;
  int most_;
  int offset_;
  std::vector<int> furthest_;
  std::vector<std::vector<int>> rounds_; ///< `furthest_` before each round, for the way back
};

// The changed runs between `a` and `b`, found between their common head and tail; nullopt
// when more than kMaxEdits lines were removed or added.
std::optional<std::vector<Hunk>> changed_hunks(const Lines& a, const Lines& b) {
  const auto n = static_cast<int>(a.size());
  const auto m = static_cast<int>(b.size());
  int head = 0;
  while (head < n && head < m &&
         a[static_cast<std::size_t>(head)] == b[static_cast<std::size_t>(head)]) {
    ++head;
  }
  int tail = 0;
  while (tail < n - head && tail < m - head &&
         a[static_cast<std::size_t>(n - 1 - tail)] == b[static_cast<std::size_t>(m - 1 - tail)]) {
    ++tail;
  }
  const std::span<const std::string_view> old_part(a.data() + head,
                                                   static_cast<std::size_t>(n - head - tail));
  const std::span<const std::string_view> new_part(b.data() + head,
                                                   static_cast<std::size_t>(m - head - tail));
  std::vector<bool> removed;
  std::vector<bool> added;
  if (!ShortestEdit(old_part, new_part).run(removed, added)) {
    return std::nullopt;
  }
  return hunks_of(removed, added, head);
}

// Whether `content` (a line from its first character) starts a list item: '-' and a space.
bool item_line(std::string_view content) {
  return content.starts_with('-') &&
         (content.size() == 1 || content[1] == ' ' || content[1] == '\r');
}

// Whether `content` has a key's ':' (followed by a space or the line end) before any comment.
bool key_line(std::string_view content) {
  for (std::size_t i = 0; i < content.size(); ++i) {
    if (content[i] == '#' && (i == 0 || content[i - 1] == ' ')) {
      return false;
    }
    if (content[i] == ':' &&
        (i + 1 == content.size() || content[i + 1] == ' ' || content[i + 1] == '\r')) {
      return true;
    }
  }
  return false;
}

bool blank_or_comment(std::string_view line) {
  const std::size_t first = line.find_first_not_of(" \r");
  return first == std::string_view::npos || line[first] == '#';
}

// Whether `line` can stand among the entries of a block collection indented by `indent`
// spaces: indented that much or more (a comment anywhere), with no tab in its indentation,
// and at exactly that indentation a '-' entry of a sequence; at indentation 0 never a
// document marker or a directive.
bool fits(std::string_view line, std::size_t indent, NodeKind kind) {
  if (blank_or_comment(line)) {
    return true; // a comment means the same at any indentation
  }
  const std::size_t first = line.find_first_not_of(' ');
  if (first < indent || line[first] == '\t') {
    return false;
  }
  if (indent == 0 &&
      (line.starts_with("---") || line.starts_with("...") || line.starts_with("%"))) {
    return false;
  }
  if (first == indent && kind == NodeKind::Sequence) {
    return item_line(line.substr(first));
  }
  // yaml-cpp takes a line without ':' among a mapping's keys as a key with no value, or as
  // an error, depending on the lines after it: only a line with a key's ':' (or a list item
  // of the key before) means the same alone.
  if (first == indent) {
    return key_line(line.substr(first)) || item_line(line.substr(first));
  }
  return true;
}

bool all_fit(const Lines& lines, int begin, int end, std::size_t indent, NodeKind kind) {
  for (int i = begin; i < end; ++i) {
    if (!fits(lines[static_cast<std::size_t>(i)], indent, kind)) {
      return false;
    }
  }
  return true;
}

int line_of(const Node& node) { return node.location.line - 1; }

// Whether `rest` starts with `key` written plainly and then ':' — a key whatever comes before
// it. yaml-cpp also takes a line without ':' in a mapping as a key with no value, but only
// because a mapping is open: parsed after other lines, the same line may be a plain text.
bool written_as_key(std::string_view rest, std::string_view key) {
  if (!rest.starts_with(key)) {
    return false;
  }
  rest.remove_prefix(key.size());
  rest.remove_prefix(std::min(rest.find_first_not_of(' '), rest.size()));
  return rest.starts_with(':') && (rest.size() == 1 || rest[1] == ' ' || rest[1] == '\r');
}

/// One entry of a block collection: a key and its value, or an item.
struct Entry {
  NodeId first = kNoNode; ///< the key, or the item
  NodeId last = kNoNode;  ///< the value, or the item
  int line = 0;           ///< 0-based line where it starts
};

/// What the old tree tells about its nodes, computed once.
class OldTree {
public:
  OldTree(const Tree& tree, const Lines& lines) : tree_(tree), lines_(lines) {
    // Descendants follow their node, so one pass from the end finds where each subtree ends.
    ends_.resize(tree.nodes.size());
    for (std::size_t i = tree.nodes.size(); i-- > 0;) {
      auto end = static_cast<NodeId>(i + 1);
      for (NodeId child = tree.nodes[i].first_child; child != kNoNode;
           child = tree.nodes[child].next_sibling) {
        end = std::max(end, ends_[child]);
      }
      ends_[i] = end;
    }
  }

  const Tree& tree() const { return tree_; }
  NodeId end(NodeId id) const { return ends_[id]; }
  /// The line where what follows `id`'s subtree starts, or the line count at the end.
  int end_line(NodeId id) const {
    return ends_[id] < tree_.nodes.size() ? line_of(tree_.nodes[ends_[id]])
                                          : static_cast<int>(lines_.size());
  }

  /// The entries of block collection `id`, each starting its own line at the collection's
  /// indentation (the first may share its line with a parent's '-': `shared`); false when
  /// `id` is not such a collection.
  bool entries(NodeId id, std::vector<Entry>& out, std::size_t& indent, bool& shared) const {
    const Node& node = tree_.nodes[id];
    out.clear();
    if ((node.kind != NodeKind::Map && node.kind != NodeKind::Sequence) || node.flow ||
        node.first_child == kNoNode || node.location.column < 1) {
      return false;
    }
    indent = static_cast<std::size_t>(node.location.column - 1);
    shared = false;
    for (NodeId child = node.first_child; child != kNoNode;) {
      const Node& first = tree_.nodes[child];
      Entry entry{child, child, line_of(first)};
      if (node.kind == NodeKind::Map) {
        entry.last = first.next_sibling;
        if (entry.last == kNoNode || first.kind != NodeKind::Scalar ||
            first.location.column - 1 != static_cast<int>(indent)) {
          return false;
        }
      }
      if (entry.line < 0 || entry.line >= static_cast<int>(lines_.size())) {
        return false;
      }
      const std::string_view line = lines_[static_cast<std::size_t>(entry.line)];
      if (line.size() <= indent) {
        return false;
      }
      if (node.kind == NodeKind::Sequence && !item_line(line.substr(indent))) {
        return false;
      }
      if (node.kind == NodeKind::Map && !written_as_key(line.substr(indent), tree_.text(first))) {
        return false;
      }
      const std::string_view before = line.substr(0, indent);
      if (before.find_first_not_of(' ') != std::string_view::npos) {
        // Only a first entry may follow a parent's "- " on its line.
        if (!out.empty() || before.find_first_not_of(" -") != std::string_view::npos) {
          return false;
        }
        shared = true;
      }
      if (!out.empty() && entry.line <= out.back().line) {
        return false;
      }
      out.push_back(entry);
      child = tree_.nodes[entry.last].next_sibling;
    }
    return true;
  }

private:
  const Tree& tree_;
  const Lines& lines_;
  std::vector<NodeId> ends_;
};

/// Entries first..last of one block collection, parsed again in place of their old lines.
struct Region {
  NodeId container = kNoNode;
  std::size_t first = 0;
  std::size_t last = 0;
  int begin_line = 0; ///< old lines [begin_line, end_line)
  int end_line = 0;
  std::size_t indent = 0;
  int depth = 0; ///< the container's nesting, the root's being 0
  std::vector<Entry> entries;
};

// The smallest run of entries of one block collection whose lines hold the hunk.
std::optional<Region> region_of(const OldTree& old, const Lines& new_lines, const Hunk& hunk) {
  std::optional<Region> best;
  NodeId container = 0;
  std::vector<Entry> entries;
  for (int depth = 0;; ++depth) {
    std::size_t indent = 0;
    bool shared = false;
    if (!old.entries(container, entries, indent, shared)) {
      break;
    }
    const NodeKind kind = old.tree().nodes[container].kind;
    if (!all_fit(new_lines, hunk.new_begin, hunk.new_end, indent, kind)) {
      break;
    }
    const auto end_of = [&](std::size_t e) {
      return e + 1 < entries.size() ? entries[e + 1].line : old.end_line(container);
    };
    std::optional<std::size_t> first;
    std::optional<std::size_t> last;
    for (std::size_t e = 0; e < entries.size(); ++e) {
      if (hunk.old_begin == hunk.old_end) {
        // Lines added between two entries belong to the one before.
        if (entries[e].line < hunk.old_begin && hunk.old_begin <= end_of(e)) {
          first = last = e;
        }
        continue;
      }
      if (entries[e].line <= hunk.old_begin && hunk.old_begin < end_of(e)) {
        first = e;
      }
      if (entries[e].line <= hunk.old_end - 1 && hunk.old_end - 1 < end_of(e)) {
        last = e;
      }
    }
    if (!first || !last || (*first == 0 && shared)) {
      break;
    }
    best = Region{container,     *first, *last, entries[*first].line,
                  end_of(*last), indent, depth, entries};
    if (*first != *last) {
      break;
    }
    container = entries[*first].last;
  }
  return best;
}

// The regions of all hunks, in file order and apart; nullopt when one has none.
std::optional<std::vector<Region>> regions_of(const OldTree& old, const Lines& new_lines,
                                              const std::vector<Hunk>& hunks) {
  std::vector<Region> regions;
  for (const Hunk& hunk : hunks) {
    std::optional<Region> region = region_of(old, new_lines, hunk);
    if (!region) {
      return std::nullopt;
    }
    regions.push_back(std::move(*region));
  }
  std::sort(regions.begin(), regions.end(), [](const Region& a, const Region& b) {
    return a.begin_line != b.begin_line ? a.begin_line < b.begin_line : a.end_line > b.end_line;
  });
  std::vector<Region> merged;
  for (Region& region : regions) {
    if (!merged.empty() && region.begin_line < merged.back().end_line) {
      Region& previous = merged.back();
      if (region.container == previous.container) {
        previous.last = std::max(previous.last, region.last);
        previous.end_line = std::max(previous.end_line, region.end_line);
      } else if (region.end_line > previous.end_line) {
        return std::nullopt; // overlapping runs of two collections: not expected, not handled
      }
      continue; // inside the one before
    }
    merged.push_back(std::move(region));
  }
  return merged;
}

/// A region parsed on its own, and where its lines are in the new text.
struct Parsed {
  ParseResult result;
  int new_begin = 0; ///< its first line in the new text
  int line_delta = 0;
  NodeId old_begin = 0; ///< old nodes [old_begin, old_end) it replaces
  NodeId old_end = 0;
  NodeId after = kNoNode; ///< the old node after its last entry in the collection, if any
};

// Where old line `line` (the start of an entry, or the end of the text) is in the new text.
int new_line(int line, const std::vector<Hunk>& hunks) {
  int shifted = line;
  for (const Hunk& hunk : hunks) {
    if (hunk.old_end <= line) {
      shifted += (hunk.new_end - hunk.new_begin) - (hunk.old_end - hunk.old_begin);
    }
  }
  return shifted;
}

std::size_t offset_of(std::string_view text, const Lines& lines, int line) {
  return line < static_cast<int>(lines.size())
             ? static_cast<std::size_t>(lines[static_cast<std::size_t>(line)].data() - text.data())
             : text.size();
}

// Parses one region's new lines on its own; nullopt when they do not parse to entries of the
// same kind of collection at the same indentation.
std::optional<Parsed> parse_region(const OldTree& old, const Region& region, std::string_view text,
                                   const Lines& lines, const std::vector<Hunk>& hunks,
                                   const LoadLimits& limits) {
  const Tree& tree = old.tree();
  const Node& container = tree.nodes[region.container];
  const int new_begin = new_line(region.begin_line, hunks);
  const int new_end = new_line(region.end_line, hunks);
  const int line_delta = (new_end - new_begin) - (region.end_line - region.begin_line);
  if (!all_fit(lines, new_begin, new_end, region.indent, container.kind) ||
      static_cast<std::size_t>(region.depth) >= limits.max_depth) {
    return std::nullopt;
  }
  // The region's last line is read up to the next token, which is past the region: it must be
  // one whose meaning does not depend on that (a key with its ':' or a list item).
  for (int i = new_end; i-- > new_begin;) {
    const std::string_view line = lines[static_cast<std::size_t>(i)];
    if (!blank_or_comment(line)) {
      const std::string_view content = line.substr(line.find_first_not_of(' '));
      if (!key_line(content) && !item_line(content)) {
        return std::nullopt;
      }
      break;
    }
  }
  const std::string_view part =
      text.substr(offset_of(text, lines, new_begin),
                  offset_of(text, lines, new_end) - offset_of(text, lines, new_begin));
  LoadLimits inner = limits;
  inner.max_depth -= static_cast<std::size_t>(region.depth);
  const LineIndex part_lines(part);
  std::optional<Parsed> parsed(std::in_place, Parsed{parse_tree(part, part_lines, inner)});
  parsed->new_begin = new_begin;
  parsed->line_delta = line_delta;
  const ParseResult& result = parsed->result;
  if (!result.failure.message.empty() || result.anchors || !result.duplicate_keys.empty()) {
    return std::nullopt;
  }
  // An empty value is placed where the next token starts: after the region's last line that
  // is whatever follows the region, which the region alone cannot know.
  const SourceLocation part_end = part_lines.at(part.size());
  for (const Node& node : result.tree.nodes) {
    if (node.kind == NodeKind::Null && node.location == part_end) {
      return std::nullopt;
    }
  }
  if (!result.tree.nodes.empty()) {
    const Node& root = result.tree.nodes[0];
    if (root.kind != container.kind || root.flow ||
        root.location.column != container.location.column || root.first_child == kNoNode) {
      return std::nullopt;
    }
  }
  parsed->old_begin = region.entries[region.first].first;
  parsed->old_end = old.end(region.entries[region.last].last);
  parsed->after = tree.nodes[region.entries[region.last].last].next_sibling;
  return parsed;
}

// Whether an empty value outside the regions is placed inside one: yaml-cpp places an empty
// value where the next token starts, which may be a line that changed.
bool empty_value_points_into(const Tree& tree, const OldTree& old,
                             const std::vector<Region>& regions) {
  for (NodeId id = 0; id < tree.nodes.size(); ++id) {
    const Node& node = tree.nodes[id];
    if (node.kind != NodeKind::Null) {
      continue;
    }
    for (const Region& region : regions) {
      const NodeId first = region.entries[region.first].first;
      const bool inside = id >= first && id < old.end(region.entries[region.last].last);
      if (!inside && line_of(node) >= region.begin_line && line_of(node) < region.end_line) {
        return true;
      }
    }
  }
  return false;
}

// Whether a mapping would hold a key twice once its regions' entries replace the old ones: a
// repeat only a whole parse reports.
bool repeats_a_key(const Tree& tree, const std::vector<Region>& regions,
                   const std::vector<Parsed>& parts) {
  std::vector<std::string_view> keys;
  std::vector<NodeId> checked;
  for (const Region& region : regions) {
    if (tree.nodes[region.container].kind != NodeKind::Map ||
        std::find(checked.begin(), checked.end(), region.container) != checked.end()) {
      continue; // each mapping once, with all its regions
    }
    checked.push_back(region.container);
    keys.clear();
    std::vector<bool> replaced(region.entries.size(), false);
    for (std::size_t q = 0; q < regions.size(); ++q) {
      if (regions[q].container != region.container) {
        continue;
      }
      std::fill(replaced.begin() + static_cast<std::ptrdiff_t>(regions[q].first),
                replaced.begin() + static_cast<std::ptrdiff_t>(regions[q].last) + 1, true);
      const Tree& part = parts[q].result.tree;
      bool is_key = true;
      for (NodeId child = part.nodes.empty() ? kNoNode : part.nodes[0].first_child;
           child != kNoNode; child = part.nodes[child].next_sibling, is_key = !is_key) {
        if (is_key) {
          if (part.nodes[child].kind != NodeKind::Scalar) {
            return true;
          }
          keys.push_back(part.text(part.nodes[child]));
        }
      }
    }
    for (std::size_t e = 0; e < region.entries.size(); ++e) {
      if (!replaced[e]) {
        keys.push_back(tree.text(tree.nodes[region.entries[e].first]));
      }
    }
    std::sort(keys.begin(), keys.end());
    if (std::adjacent_find(keys.begin(), keys.end()) != keys.end()) {
      return true;
    }
  }
  return false;
}

// The old tree with each region's nodes replaced by its parse, in one pass: node ids, lines
// and scalars after a region move by what the regions before them added or removed.
class Splicer {
public:
  Splicer(const Tree& old, const std::vector<Parsed>& parts) : old_(old), parts_(parts) {}

  std::optional<ParseResult> build(const std::vector<Region>& regions) {
    ParseResult out;
    out.empty = false;
    Tree& tree = out.tree;
    tree.nodes.reserve(old_.nodes.size() + 64);
    tree.scalar_text.reserve(old_.scalar_text.size() + 256);
    tree.scalar_ends.reserve(old_.scalar_ends.size() + 64);
    NodeId next_old = 0;
    for (std::size_t p = 0; p < parts_.size(); ++p) {
      copy_old(tree, next_old, parts_[p].old_begin, p);
      copy_part(tree, p);
      next_old = parts_[p].old_end;
    }
    copy_old(tree, next_old, static_cast<NodeId>(old_.nodes.size()), parts_.size());
    // A collection whose first entry was parsed again starts where the new first entry does;
    // one left with no entry is no longer a collection.
    for (std::size_t p = 0; p < parts_.size(); ++p) {
      Node& container = tree.nodes[old_id(regions[p].container)];
      const Tree& part = parts_[p].result.tree;
      if (container.first_child == kNoNode) {
        return std::nullopt;
      }
      if (regions[p].first == 0) {
        // Without new entries, the next old entry is first: it starts its line (checked), at
        // the collection's indentation — unless that entry was parsed again too.
        const auto same_container = [&](const Region& other) {
          return other.container == regions[p].container;
        };
        if (part.nodes.empty() &&
            std::count_if(regions.begin(), regions.end(), same_container) > 1) {
          return std::nullopt;
        }
        container.location = part.nodes.empty()
                                 ? SourceLocation{tree.nodes[container.first_child].location.line,
                                                  static_cast<int>(regions[p].indent) + 1}
                                 : located(part.nodes[0].location, p);
      }
    }
    return out;
  }

private:
  // Where old node `id`, outside every region, is in the new tree.
  NodeId old_id(NodeId id) const {
    std::int64_t shift = 0;
    for (std::size_t p = 0; p < parts_.size() && parts_[p].old_end <= id; ++p) {
      shift += added_nodes(p);
    }
    return static_cast<NodeId>(id + shift);
  }
  std::int64_t added_nodes(std::size_t p) const {
    const auto removed = static_cast<std::int64_t>(parts_[p].old_end - parts_[p].old_begin);
    const auto size = static_cast<std::int64_t>(parts_[p].result.tree.nodes.size());
    return (size == 0 ? 0 : size - 1) - removed;
  }
  NodeId part_base(std::size_t p) const { return old_id(parts_[p].old_begin); }

  // A link of an old node: into a region only to its first entry, which is now the region's
  // first new entry, or what followed the region when it has none.
  NodeId old_link(NodeId target) const {
    if (target == kNoNode) {
      return kNoNode;
    }
    std::size_t before = 0;
    for (; before < parts_.size() && parts_[before].old_end <= target; ++before) {
    }
    if (before < parts_.size() && target >= parts_[before].old_begin) {
      const Tree& part = parts_[before].result.tree;
      return part.nodes.empty() ? old_link(parts_[before].after) : part_base(before);
    }
    return old_id(target);
  }

  SourceLocation located(SourceLocation location, std::size_t p) const {
    location.line += parts_[p].new_begin;
    return location;
  }

  static void add_scalar(Tree& tree, Node& node, std::string_view text) {
    node.scalar = static_cast<std::uint32_t>(tree.scalar_ends.size());
    tree.scalar_text += text;
    tree.scalar_ends.push_back(static_cast<std::uint32_t>(tree.scalar_text.size()));
  }

  void copy_old(Tree& tree, NodeId from, NodeId to, std::size_t parts) {
    int line_shift = 0;
    for (std::size_t p = 0; p < parts; ++p) {
      line_shift += parts_[p].line_delta;
    }
    for (NodeId id = from; id < to; ++id) {
      Node node = old_.nodes[id];
      node.first_child = old_link(node.first_child);
      node.next_sibling = old_link(node.next_sibling);
      node.location.line += line_shift;
      if (node.kind == NodeKind::Scalar) {
        add_scalar(tree, node, old_.text(old_.nodes[id]));
      }
      tree.nodes.push_back(node);
    }
  }

  void copy_part(Tree& tree, std::size_t p) {
    const Tree& part = parts_[p].result.tree;
    if (part.nodes.empty()) {
      return;
    }
    const NodeId base = part_base(p);
    const auto link = [&](NodeId id) { return id == kNoNode ? kNoNode : base + id - 1; };
    // The root's entries end with what followed the region in the collection.
    std::vector<bool> top(part.nodes.size(), false);
    for (NodeId child = part.nodes[0].first_child; child != kNoNode;
         child = part.nodes[child].next_sibling) {
      top[child] = true;
    }
    for (NodeId id = 1; id < part.nodes.size(); ++id) {
      Node node = part.nodes[id];
      node.first_child = link(node.first_child);
      node.next_sibling = top[id] && node.next_sibling == kNoNode ? old_link(parts_[p].after)
                                                                  : link(node.next_sibling);
      node.location = located(node.location, p);
      if (node.kind == NodeKind::Scalar) {
        add_scalar(tree, node, part.text(part.nodes[id]));
      }
      tree.nodes.push_back(node);
    }
  }

  const Tree& old_;
  const std::vector<Parsed>& parts_;
};

#if !defined(NDEBUG) || defined(MOST_SANITIZED)
// Whether two parses are the same tree, node by node: the check behind reparse_tree's claim.
bool same_tree(const ParseResult& a, const ParseResult& b) {
  if (a.empty != b.empty || a.anchors != b.anchors || a.failure.message != b.failure.message ||
      a.duplicate_keys.size() != b.duplicate_keys.size() ||
      a.tree.nodes.size() != b.tree.nodes.size()) {
    return false;
  }
  for (std::size_t i = 0; i < a.tree.nodes.size(); ++i) {
    const Node& x = a.tree.nodes[i];
    const Node& y = b.tree.nodes[i];
    if (x.kind != y.kind || x.duplicate_key != y.duplicate_key || x.flow != y.flow ||
        x.location != y.location || x.first_child != y.first_child ||
        x.next_sibling != y.next_sibling || x.target != y.target ||
        (x.kind == NodeKind::Scalar && a.tree.text(x) != b.tree.text(y))) {
      return false;
    }
  }
  return true;
}
#endif

std::optional<ParseResult> reparse(std::string_view old_text, const ParseResult& old,
                                   std::string_view new_text, const LoadLimits& limits,
                                   std::size_t& parsed_lines) {
  if (!old.failure.message.empty() || old.empty || old.anchors || !old.duplicate_keys.empty() ||
      old.tree.nodes.empty() || has_lone_carriage_return(old_text) ||
      has_lone_carriage_return(new_text)) {
    return std::nullopt;
  }
  const Lines old_lines = split_lines(old_text);
  const Lines new_lines = split_lines(new_text);
  const std::optional<std::vector<Hunk>> hunks = changed_hunks(old_lines, new_lines);
  if (!hunks) {
    return std::nullopt;
  }
  const OldTree tree(old.tree, old_lines);
  const std::optional<std::vector<Region>> regions = regions_of(tree, new_lines, *hunks);
  if (!regions || empty_value_points_into(old.tree, tree, *regions)) {
    return std::nullopt;
  }
  std::vector<Parsed> parts;
  for (const Region& region : *regions) {
    std::optional<Parsed> part = parse_region(tree, region, new_text, new_lines, *hunks, limits);
    if (!part) {
      return std::nullopt;
    }
    parsed_lines +=
        static_cast<std::size_t>(region.end_line - region.begin_line + part->line_delta);
    parts.push_back(std::move(*part));
  }
  if (repeats_a_key(old.tree, *regions, parts)) {
    return std::nullopt;
  }
  std::optional<ParseResult> result = Splicer(old.tree, parts).build(*regions);
  if (result && result->tree.nodes.size() > limits.max_values) {
    return std::nullopt;
  }
  return result;
}

} // namespace

std::optional<ParseResult> reparse_tree(std::string_view old_text, const ParseResult& old,
                                        std::string_view new_text, const LoadLimits& limits,
                                        std::size_t& parsed_lines) {
  parsed_lines = 0;
  std::optional<ParseResult> result = reparse(old_text, old, new_text, limits, parsed_lines);
#if !defined(NDEBUG) || defined(MOST_SANITIZED)
  if (result) {
    const LineIndex lines(new_text);
    const ParseResult whole = parse_tree(new_text, lines, limits);
    if (!same_tree(*result, whole)) {
      std::fputs("most: internal error: parsing only the changed lines gave another tree than "
                 "parsing the whole text\n",
                 stderr);
      for (std::size_t i = 0; i < std::min(result->tree.nodes.size(), whole.tree.nodes.size());
           ++i) {
        const Node& x = result->tree.nodes[i];
        const Node& y = whole.tree.nodes[i];
        std::fprintf(stderr, "%zu: kind %d/%d at %d:%d/%d:%d links %u,%u/%u,%u\n", i,
                     static_cast<int>(x.kind), static_cast<int>(y.kind), x.location.line,
                     x.location.column, y.location.line, y.location.column, x.first_child,
                     x.next_sibling, y.first_child, y.next_sibling);
      }
      std::abort();
    }
  }
#endif
  return result;
}

} // namespace most::yaml

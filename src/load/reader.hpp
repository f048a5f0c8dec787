#pragma once

// Typed reading of YAML tree nodes into model fields; every problem becomes a diagnostic.

#include "yaml_tree.hpp"

#include <most/plan.hpp>

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace most {

/// Reads fields of one plan file, reporting schema findings against `file`.
class Reader {
public:
  using NodeId = yaml::NodeId;
  /// Called for each mapping entry: the key text, the key node and the value node.
  using EntryFn = std::function<void(std::string_view key, NodeId key_node, NodeId value)>;

  Reader(const yaml::Tree& tree, std::string file, std::vector<Diagnostic>& out)
      : tree_(tree), file_(std::move(file)), out_(out) {}

  const yaml::Tree& tree() const { return tree_; }
  const yaml::Node& node(NodeId id) const { return tree_.resolve(id); }
  /// Where a node was written; for an alias, where its anchored node was written, so an item
  /// reached through several aliases keeps one position.
  SourceLocation where(NodeId id) const { return tree_.resolve(id).location; }

  /// The key and value of `name` in mapping `map` (merge keys included), or kNoNode twice;
  /// reports nothing.
  std::pair<NodeId, NodeId> lookup(NodeId map, std::string_view name, int merge_depth = 0) const;

  /// Records a finding of `rule` about `item`.
  void report(RuleId rule, SourceLocation where, std::string message, std::string_view item,
              std::optional<Fix> fix = std::nullopt);

  /// True when `value` is a mapping; otherwise reports a field-type finding naming `what`.
  bool expect_map(NodeId value, std::string_view what, std::string_view item);

  /// Calls `fn` for every entry of the mapping `map` (merge keys `<<` included), skipping
  /// `x-` keys and repeated keys; other keys not in `known` are unknown-key findings.
  void for_each_entry(NodeId map, std::span<const std::string_view> known, std::string_view what,
                      std::string_view item, const EntryFn& fn);

  /// How many mappings a sequence holds (0 for anything else): the items a list of tactics,
  /// strategies or objectives will load, to reserve room for exactly those.
  std::size_t length(NodeId value) const;

  /// Calls `fn` for each element of a sequence; reports a field-type finding otherwise.
  void for_each_element(NodeId value, std::string_view what, std::string_view item,
                        const std::function<void(NodeId element, std::size_t index)>& fn);

  /// A text field: any scalar; empty or null counts as not written.
  Field<std::string> text(NodeId key, NodeId value, std::string_view what, std::string_view item);

  /// A `YYYY-MM-DD` field that must be a real calendar day.
  Field<Date> date(NodeId key, NodeId value, std::string_view what, std::string_view item);

  /// A finite number; `non_negative` rejects values below zero.
  Field<double> number(NodeId key, NodeId value, std::string_view what, std::string_view item,
                       bool non_negative = false);

  /// `true` or `false`.
  bool boolean(NodeId value, std::string_view what, std::string_view item);

  /// One of `allowed`; returns its index.
  /// `synonyms`: words people write for an allowed value ("finished" for "done"), fixed by
  /// `most check --fix` like a value in the wrong case.
  Field<std::size_t>
  choice(NodeId key, NodeId value, std::string_view what, std::span<const std::string_view> allowed,
         std::string_view item,
         std::span<const std::pair<std::string_view, std::string_view>> synonyms = {});

  /// A list of text values.
  std::vector<std::string> text_list(NodeId value, std::string_view what, std::string_view item);

  /// An `ignore:` list of rule names or `{rule, reason, until}` mappings.
  std::vector<Ignore> ignores(NodeId value, std::string_view item);

  /// Reads `aligns_with:`: one reference or a list of them, each `PATH#ID` or `#ID`.
  std::vector<Reference> references(NodeId key, NodeId value, std::string_view item);

  /// True when an unknown key of `item` was reported as a likely misspelling of `key`.
  bool was_misspelt(std::string_view item, std::string_view key) const;

  /// Reports a required field that is missing (`field` not written) at the item's position.
  template <class T>
  void require(const Field<T>& field, std::string_view what, SourceLocation item_location,
               std::string_view item, std::string_view item_kind) {
    if (!field.written) {
      report_missing(what, field.location.line != 0 ? field.location : item_location, item,
                     item_kind);
    }
  }

private:
  void report_missing(std::string_view what, SourceLocation where, std::string_view item,
                      std::string_view item_kind);
  bool scalar_or_report(NodeId value, std::string_view what, std::string_view type,
                        std::string_view item);
  void visit_entries(NodeId map, std::span<const std::string_view> known, std::string_view what,
                     std::string_view item, const EntryFn& fn,
                     std::unordered_set<std::string_view>* skip, int merge_depth);
  // Visits the mappings that the merge keys `merges` name, after the explicit keys.
  void visit_merges(const std::vector<NodeId>& merges, std::span<const std::string_view> known,
                    std::string_view what, std::string_view item, const EntryFn& fn,
                    std::unordered_set<std::string_view>* skip, int merge_depth);
  // An unknown key, with the known key it is closest to.
  void report_unknown_key(NodeId key, std::string_view name,
                          std::span<const std::string_view> known, std::string_view what,
                          std::string_view item);

  const yaml::Tree& tree_;
  std::string file_;
  std::vector<Diagnostic>& out_;
  std::unordered_set<std::string> misspelt_; ///< "item\nkey" for keys an unknown key suggested
};

} // namespace most

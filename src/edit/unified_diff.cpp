// A unified diff of two texts (for --dry-run and check --fix --diff): Myers' algorithm over
// the lines between the common head and tail, which is a few lines for any edit `most` makes.

#include <most/edit.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cstddef>
#include <vector>

namespace most {

namespace {

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = text.find('\n', start);
    const std::size_t next = end == std::string_view::npos ? text.size() : end + 1;
    lines.push_back(text.substr(start, next - start));
    start = next;
  }
  return lines;
}

enum class Op { Keep, Remove, Add };

// The slot of diagonal k in a row of Myers' V (k runs from -offset to offset).
std::size_t slot(int k, int offset) {
  const int index = k + offset;
  return static_cast<std::size_t>(index);
}

// The script that the saved rows of V lead to, from the end (n, m) back to the start.
std::vector<Op> backtrack(const std::vector<std::vector<int>>& trace, int n, int m, int offset) {
  std::vector<Op> ops;
  int x = n;
  int y = m;
  for (int d = static_cast<int>(trace.size()) - 1; d > 0; --d) {
    const std::vector<int>& row = trace[static_cast<std::size_t>(d)];
    const int k = x - y;
    const bool down = k == -d || (k != d && row[slot(k - 1, offset)] < row[slot(k + 1, offset)]);
    const int previous_k = down ? k + 1 : k - 1;
    const int previous_x = row[slot(previous_k, offset)];
    const int previous_y = previous_x - previous_k;
    for (; x > previous_x && y > previous_y; --x, --y) {
      ops.push_back(Op::Keep);
    }
    ops.push_back(down ? Op::Add : Op::Remove);
    x = previous_x;
    y = previous_y;
  }
  for (; x > 0 && y > 0; --x, --y) {
    ops.push_back(Op::Keep);
  }
  std::reverse(ops.begin(), ops.end());
  return ops;
}

// The shortest edit script from a to b (Myers 1986); past `max_d` differences, everything is
// removed and added (a correct diff, only not the shortest).
std::vector<Op> edit_script(std::span<const std::string_view> a,
                            std::span<const std::string_view> b, int max_d) {
  const int n = static_cast<int>(a.size());
  const int m = static_cast<int>(b.size());
  const int limit = std::min(n + m, max_d);
  const int offset = limit + 1;
  std::vector<std::vector<int>> trace;
  std::vector<int> v(slot(offset, offset) + 1, 0);
  for (int d = 0; d <= limit; ++d) {
    trace.push_back(v);
    for (int k = -d; k <= d; k += 2) {
      int x = (k == -d || (k != d && v[slot(k - 1, offset)] < v[slot(k + 1, offset)]))
                  ? v[slot(k + 1, offset)]
                  : v[slot(k - 1, offset)] + 1;
      int y = x - k;
      while (x < n && y < m && a[static_cast<std::size_t>(x)] == b[static_cast<std::size_t>(y)]) {
        ++x;
        ++y;
      }
      v[slot(k, offset)] = x;
      if (x >= n && y >= m) {
        return backtrack(trace, n, m, offset);
      }
    }
  }
  std::vector<Op> ops(a.size(), Op::Remove);
  ops.insert(ops.end(), b.size(), Op::Add);
  return ops;
}

void put_line(std::string& out, char mark, std::string_view line) {
  out += mark;
  out += line;
  if (line.empty() || line.back() != '\n') {
    out += "\n\\ No newline at end of file\n";
  }
}

} // namespace

std::string unified_diff(std::string_view before, std::string_view after, std::string_view name) {
  if (before == after) {
    return "";
  }
  const std::vector<std::string_view> a = split_lines(before);
  const std::vector<std::string_view> b = split_lines(after);
  std::size_t head = 0;
  while (head < a.size() && head < b.size() && a[head] == b[head]) {
    ++head;
  }
  std::size_t tail = 0;
  while (tail < a.size() - head && tail < b.size() - head &&
         a[a.size() - 1 - tail] == b[b.size() - 1 - tail]) {
    ++tail;
  }
  // The script over all lines: the common head and tail kept, Myers in between.
  std::vector<Op> ops(head, Op::Keep);
  const std::span<const std::string_view> a_middle =
      std::span(a).subspan(head, a.size() - head - tail);
  const std::span<const std::string_view> b_middle =
      std::span(b).subspan(head, b.size() - head - tail);
  std::vector<Op> middle;
  if (a_middle.size() == b_middle.size()) {
    // Values changed in place (check --fix): line for line, however many there are.
    for (std::size_t i = 0; i < a_middle.size(); ++i) {
      if (a_middle[i] == b_middle[i]) {
        middle.push_back(Op::Keep);
      } else {
        middle.push_back(Op::Remove);
        middle.push_back(Op::Add);
      }
    }
  } else {
    middle = edit_script(a_middle, b_middle, 2000);
  }
  ops.insert(ops.end(), middle.begin(), middle.end());
  ops.insert(ops.end(), tail, Op::Keep);

  constexpr std::size_t kContext = 3;
  std::string out = fmt::format("--- a/{}\n+++ b/{}\n", name, name);
  std::size_t i = 0;
  std::size_t ai = 0; // line of a at ops[i]
  std::size_t bi = 0;
  while (i < ops.size()) {
    if (ops[i] == Op::Keep) {
      ++i;
      ++ai;
      ++bi;
      continue;
    }
    // A hunk: from kContext lines before this change to kContext lines after the last change
    // that is followed by no more than 2 * kContext kept lines.
    const std::size_t back = std::min({kContext, ai, bi});
    const std::size_t start = i - back;
    std::size_t end = i;
    std::size_t kept = 0;
    for (std::size_t j = i; j < ops.size(); ++j) {
      if (ops[j] == Op::Keep) {
        if (++kept > 2 * kContext) {
          break;
        }
      } else {
        kept = 0;
        end = j + 1;
      }
    }
    end = std::min(ops.size(), end + kContext);
    const std::size_t a_start = ai - back;
    const std::size_t b_start = bi - back;
    std::size_t a_count = 0;
    std::size_t b_count = 0;
    std::string lines;
    std::size_t x = a_start;
    std::size_t y = b_start;
    for (std::size_t j = start; j < end; ++j) {
      if (ops[j] == Op::Keep) {
        put_line(lines, ' ', a[x++]);
        ++y;
        ++a_count;
        ++b_count;
      } else if (ops[j] == Op::Remove) {
        put_line(lines, '-', a[x++]);
        ++a_count;
      } else {
        put_line(lines, '+', b[y++]);
        ++b_count;
      }
    }
    out += fmt::format("@@ -{},{} +{},{} @@\n", a_count == 0 ? a_start : a_start + 1, a_count,
                       b_count == 0 ? b_start : b_start + 1, b_count);
    out += lines;
    ai = x;
    bi = y;
    i = end;
  }
  return out;
}

} // namespace most

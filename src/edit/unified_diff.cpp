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

// The shortest edit script from a to b (Myers 1986); past `max_d` differences, everything is
// removed and added (a correct diff, only not the shortest).
std::vector<Op> edit_script(std::span<const std::string_view> a,
                            std::span<const std::string_view> b, int max_d) {
  const int n = static_cast<int>(a.size());
  const int m = static_cast<int>(b.size());
  const int offset = std::min(n + m, max_d) + 1;
  std::vector<std::vector<int>> trace;
  std::vector<int> v(static_cast<std::size_t>(2 * offset + 1), 0);
  for (int d = 0; d <= std::min(n + m, max_d); ++d) {
    trace.push_back(v);
    for (int k = -d; k <= d; k += 2) {
      const auto at = [&](int kk) -> int& { return v[static_cast<std::size_t>(kk + offset)]; };
      int x = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? at(k + 1) : at(k - 1) + 1;
      int y = x - k;
      while (x < n && y < m && a[static_cast<std::size_t>(x)] == b[static_cast<std::size_t>(y)]) {
        ++x;
        ++y;
      }
      at(k) = x;
      if (x >= n && y >= m) {
        // Walk back through the saved rows.
        std::vector<Op> ops;
        int cx = n;
        int cy = m;
        for (int dd = d; dd > 0; --dd) {
          const std::vector<int>& row = trace[static_cast<std::size_t>(dd)];
          const auto rv = [&](int kk) { return row[static_cast<std::size_t>(kk + offset)]; };
          const int ck = cx - cy;
          const bool down = ck == -dd || (ck != dd && rv(ck - 1) < rv(ck + 1));
          const int pk = down ? ck + 1 : ck - 1;
          const int px = rv(pk);
          const int py = px - pk;
          while (cx > px && cy > py) {
            ops.push_back(Op::Keep);
            --cx;
            --cy;
          }
          ops.push_back(down ? Op::Add : Op::Remove);
          cx = px;
          cy = py;
        }
        while (cx > 0 && cy > 0) {
          ops.push_back(Op::Keep);
          --cx;
          --cy;
        }
        std::reverse(ops.begin(), ops.end());
        return ops;
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
  const std::vector<Op> middle =
      edit_script(std::span(a).subspan(head, a.size() - head - tail),
                  std::span(b).subspan(head, b.size() - head - tail), 2000);
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

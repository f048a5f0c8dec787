#include <most/statement_reading.hpp>

namespace most {

std::optional<Date> StatementReading::deadline() const {
  const DateMention* mention = deadline_mention();
  return mention ? std::optional<Date>{mention->date} : std::nullopt;
}

const DateMention* StatementReading::deadline_mention() const {
  if (!anchored) {
    return nullptr;
  }
  const DateMention* latest = nullptr;
  for (const DateMention& mention : dates) {
    if (!latest || mention.date > latest->date ||
        (mention.date == latest->date && mention.first > latest->first)) {
      latest = &mention;
    }
  }
  return latest;
}

} // namespace most

// `most schema`: the plan format of SPEC §1 as JSON Schema (draft-07). Keys, types and allowed
// values follow the loader (src/load), leniencies included: an optional key may be left empty,
// text may be a number, a number may be quoted. tests/schema checks the two agree on the rule
// fixtures.

#include "json_writer.hpp"

#include <most/authoring.hpp>
#include <most/rules.hpp>

#include <sstream>
#include <string>

namespace most {

namespace {

// The schema with one placeholder, the rule names that `ignore:` accepts, filled from the
// rule table so the two never drift.
constexpr std::string_view kSchema = R"json({
  "$schema": "http://json-schema.org/draft-07/schema#",
  "title": "most plan",
  "description": "A sales plan written the M-O-S-T way: Mission, Objectives, Strategies, Tactics. Checked by `most check`; see `man most`.",
  "type": "object",
  "required": ["mission", "objectives"],
  "properties": {
    "most": {
      "description": "The plan format version. Optional; this most reads version 1.",
      "enum": [1, "1", null]
    },
    "mission": {"$ref": "#/definitions/mission"},
    "team": {
      "description": "The team roster. When present, every tactic's owner must be on it.",
      "type": ["array", "null"],
      "items": {"$ref": "#/definitions/teamMember"}
    },
    "objectives": {
      "description": "The mission made concrete as SMART goals: Specific, Measurable, Attainable, Relevant, Time-bound.",
      "type": "array",
      "minItems": 1,
      "items": {"$ref": "#/definitions/objective"}
    }
  },
  "patternProperties": {"^x-": {"description": "An extension key: yours, ignored by most."}},
  "additionalProperties": false,
  "definitions": {
    "date": {
      "description": "A day written YYYY-MM-DD. It must exist: 2026-02-30 is an error.",
      "type": "string",
      "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
    },
    "optionalDate": {
      "description": "A day written YYYY-MM-DD, or nothing.",
      "type": ["string", "null"],
      "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
    },
    "id": {
      "description": "Optional. Without an id an item is named by its position: O1, O1.S2, O1.S2.T3. Explicit ids are unique within a file.",
      "type": ["string", "number", "boolean", "null"]
    },
    "text": {
      "description": "Text that is not blank; numbers and true/false are read as text too.",
      "type": ["string", "number", "boolean"],
      "pattern": "\\S"
    },
    "optionalText": {
      "description": "Text, or nothing.",
      "type": ["string", "number", "boolean", "null"]
    },
    "number": {
      "description": "A plain number such as 1500 or 12.5 (quoted or not).",
      "type": ["number", "string"],
      "pattern": "^[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?$"
    },
    "optionalNumber": {
      "description": "A plain number such as 1500 or 12.5, or nothing.",
      "type": ["number", "string", "null"],
      "pattern": "^[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?$"
    },
    "ignore": {
      "description": "Rules silenced for this item and everything under it: a rule name, or {rule, reason, until} to silence until a day.",
      "type": ["array", "null"],
      "items": {
        "anyOf": [
          {"$ref": "#/definitions/ruleName"},
          {
            "type": "object",
            "required": ["rule"],
            "properties": {
              "rule": {"$ref": "#/definitions/ruleName"},
              "reason": {"$ref": "#/definitions/optionalText", "description": "Why the rule does not apply here."},
              "until": {"$ref": "#/definitions/optionalDate", "description": "The last day the rule is silenced; after it the finding comes back with an ignore-expired note."}
            },
            "patternProperties": {"^x-": {}},
            "additionalProperties": false
          }
        ]
      }
    },
    "reference": {
      "description": "An objective this item serves: PATH#ID for an objective in another plan (PATH relative to this file's folder), or #ID for one in this plan.",
      "type": "string",
      "pattern": "#[^#]+$"
    },
    "alignsWith": {
      "description": "The objectives this item serves: one reference (PATH#ID or #ID) or a list of them. An objective without aligns_with serves what its mission aligns with; most status --tree shows the roll-up.",
      "anyOf": [
        {"$ref": "#/definitions/reference"},
        {"type": "array", "items": {"$ref": "#/definitions/reference"}}
      ]
    },
    "ruleName": {
      "description": "A rule name, as `most rules` lists them.",
      "enum": @RULES@
    },
    "mission": {
      "description": "Where the team wants to be in 6 to 12 months.",
      "type": "object",
      "required": ["statement", "start", "deadline"],
      "properties": {
        "id": {"$ref": "#/definitions/id"},
        "statement": {"$ref": "#/definitions/text", "description": "Where the team wants to be: challenging but attainable, future-focused."},
        "owner": {"$ref": "#/definitions/optionalText", "description": "Who answers for the mission."},
        "start": {"$ref": "#/definitions/date", "description": "The first day of the horizon."},
        "deadline": {"$ref": "#/definitions/date", "description": "The last day of the horizon: 6 to 12 months after start."},
        "aligns_with": {"$ref": "#/definitions/alignsWith"},
        "ignore": {"$ref": "#/definitions/ignore"},
        "fiscal_year_start": {"type": "string", "pattern": "^(0?[1-9]|1[0-2])-(0?[1-9]|[12][0-9]|3[01])$", "description": "The first day of the fiscal year, MM-DD (default: .most.yaml's, else 01-01). A fiscal year is named by the year it ends in: with 09-01, FY27 runs 2026-09-01 to 2027-08-31."}
      },
      "patternProperties": {"^x-": {}},
      "additionalProperties": false
    },
    "teamMember": {
      "description": "A person who owns tactics.",
      "type": "object",
      "required": ["id"],
      "properties": {
        "id": {"$ref": "#/definitions/text", "description": "The name tactics use in 'owner:'."},
        "name": {"$ref": "#/definitions/optionalText", "description": "Full name."},
        "role": {"$ref": "#/definitions/optionalText", "description": "What they do in the team."}
      },
      "patternProperties": {"^x-": {}},
      "additionalProperties": false
    },
    "objective": {
      "description": "A SMART goal: what changes, by how much, by when.",
      "type": "object",
      "required": ["statement"],
      "properties": {
        "id": {"$ref": "#/definitions/id"},
        "statement": {"$ref": "#/definitions/text", "description": "The goal in one sentence, e.g. 'Increase sales volume by 10% by June 30'."},
        "owner": {"$ref": "#/definitions/optionalText", "description": "The one accountable for the objective; on the team roster when there is one."},
        "deadline": {"$ref": "#/definitions/optionalDate", "description": "When the objective is due. Optional when the statement names the date."},
        "aligns_with": {"$ref": "#/definitions/alignsWith"},
        "metric": {"$ref": "#/definitions/metric"},
        "checkins": {
          "description": "Measured values of the metric over time.",
          "type": ["array", "null"],
          "items": {"$ref": "#/definitions/checkin"}
        },
        "milestones": {
          "description": "Landmarks on the road map.",
          "type": ["array", "null"],
          "items": {"$ref": "#/definitions/milestone"}
        },
        "strategies": {
          "description": "Broad ways to reach the objective.",
          "type": ["array", "null"],
          "items": {"$ref": "#/definitions/strategy"}
        },
        "ignore": {"$ref": "#/definitions/ignore"}
      },
      "patternProperties": {"^x-": {}},
      "additionalProperties": false
    },
    "metric": {
      "description": "How the objective is measured. Optional when the statement names the quantity.",
      "type": ["object", "null"],
      "properties": {
        "name": {"$ref": "#/definitions/optionalText", "description": "What is measured, e.g. 'Sales volume'."},
        "unit": {"$ref": "#/definitions/optionalText", "description": "Free text, e.g. EUR; '%' for rates."},
        "baseline": {"$ref": "#/definitions/optionalNumber", "description": "The value at the start."},
        "target": {"$ref": "#/definitions/optionalNumber", "description": "The value to reach by the deadline."},
        "rollup": {
          "description": "Take the current value from the objectives aligned to this one, combined this way; no own check-ins.",
          "enum": ["sum", "min", "max", "average", null]
        }
      },
      "patternProperties": {"^x-": {}},
      "additionalProperties": false
    },
    "checkin": {
      "description": "A measured value of the metric on a day.",
      "type": "object",
      "required": ["date", "value"],
      "properties": {
        "date": {"$ref": "#/definitions/date", "description": "The day of the measurement."},
        "value": {"$ref": "#/definitions/number", "description": "The measured value."},
        "note": {"$ref": "#/definitions/optionalText", "description": "Optional remark."}
      },
      "patternProperties": {"^x-": {}},
      "additionalProperties": false
    },
    "milestone": {
      "description": "A landmark on the way to the objective.",
      "type": "object",
      "required": ["name", "due"],
      "properties": {
        "name": {"$ref": "#/definitions/text", "description": "What is reached."},
        "due": {"$ref": "#/definitions/date", "description": "When it is due."},
        "done": {"type": ["boolean", "null"], "description": "Reached already. Default false.", "default": false}
      },
      "patternProperties": {"^x-": {}},
      "additionalProperties": false
    },
    "strategy": {
      "description": "A broad way to reach the objective, e.g. 'hire additional salespeople'.",
      "type": "object",
      "required": ["statement"],
      "properties": {
        "id": {"$ref": "#/definitions/id"},
        "statement": {"$ref": "#/definitions/text", "description": "The way, in one sentence."},
        "owner": {"$ref": "#/definitions/optionalText", "description": "Who answers for the strategy; on the team roster when there is one."},
        "tactics": {
          "description": "Concrete steps: who does what, by when, and how much.",
          "type": ["array", "null"],
          "items": {"$ref": "#/definitions/tactic"}
        },
        "ignore": {"$ref": "#/definitions/ignore"}
      },
      "patternProperties": {"^x-": {}},
      "additionalProperties": false
    },
    "tactic": {
      "description": "A concrete step: who does what, by when, and how much.",
      "type": "object",
      "required": ["action", "owner", "due"],
      "properties": {
        "id": {"$ref": "#/definitions/id"},
        "action": {"$ref": "#/definitions/text", "description": "What is done."},
        "owner": {"$ref": "#/definitions/text", "description": "Who does it; on the team roster when there is one."},
        "due": {"$ref": "#/definitions/date", "description": "By when."},
        "start": {"$ref": "#/definitions/optionalDate", "description": "When work starts. Optional."},
        "status": {
          "description": "Where the tactic stands. Default todo.",
          "enum": ["todo", "doing", "done", "blocked", "dropped", null],
          "default": "todo"
        },
        "done_on": {"$ref": "#/definitions/optionalDate", "description": "The day it was done. Optional."},
        "budget": {
          "description": "How much it costs: a number, 0 or more.",
          "type": ["number", "string", "null"],
          "minimum": 0,
          "pattern": "^[+]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?$"
        },
        "resources": {
          "description": "What it needs, e.g. [recruiting agency].",
          "type": ["array", "null"],
          "items": {"$ref": "#/definitions/optionalText"}
        },
        "notes": {"$ref": "#/definitions/optionalText", "description": "Free text."},
        "ignore": {"$ref": "#/definitions/ignore"}
      },
      "patternProperties": {"^x-": {}},
      "additionalProperties": false
    }
  }
}
)json";

} // namespace

void render_plan_schema(std::ostream& out) {
  std::ostringstream names;
  names << '[';
  for (const std::string_view name : rule_names()) {
    names << (names.tellp() > 1 ? ", " : "");
    write_json_string(names, name);
  }
  names << ']';
  std::string schema(kSchema);
  const std::string_view marker = "@RULES@";
  schema.replace(schema.find(marker), marker.size(), names.str());
  out << schema;
}

} // namespace most

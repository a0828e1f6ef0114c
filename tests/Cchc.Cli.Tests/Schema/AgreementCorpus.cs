using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cchc.Cli.Tests.Support;
using Cchc.Domain.Legal;

namespace Cchc.Cli.Tests.Schema;

/// <summary>
/// The corpus of the schema/reader agreement test, generated from the valid built-in sample by small
/// edits: structurally broken documents (both must say invalid), valid variants (both must say valid),
/// and the documented differences (docs/json-format.md, "Checked by the library only").
/// </summary>
internal static class AgreementCorpus
{
    public static IReadOnlyList<AgreementCase> Broken() =>
    [
        Raw("root is an array", "[]"),
        Raw("root is a string", "\"plan\""),
        Raw("root is null", "null"),
        Raw("not JSON", "{"),
        Raw("empty document", string.Empty),
        Edit("schemaVersion missing", p => p.Remove("schemaVersion")),
        Edit("header missing", p => p.Remove("header")),
        Edit("schemaVersion is a number", p => p["schemaVersion"] = 1),
        Edit("schemaVersion 2.0", p => p["schemaVersion"] = "2.0"),
        Edit("schemaVersion without minor", p => p["schemaVersion"] = "1"),
        Edit("schemaVersion 1.x", p => p["schemaVersion"] = "1.x"),
        Edit("schemaVersion with a leading zero, 01.0", p => p["schemaVersion"] = "01.0"),
        Edit("schemaVersion null", p => p["schemaVersion"] = null),
        Edit("unknown root member", p => p["extra"] = "x"),
        Edit("$schema is a number", p => p["$schema"] = 1),
        Edit("header null", p => p["header"] = null),
        Edit("header is an array", p => p["header"] = new JsonArray()),
        Edit("header.kind not in list", p => Header(p)["kind"] = "annual"),
        Edit("header.kind null", p => Header(p)["kind"] = null),
        Edit("header.kind is a number", p => Header(p)["kind"] = 0),
        Edit("header.title missing", p => Header(p).Remove("title")),
        Edit("header.title is a number", p => Header(p)["title"] = 5),
        Edit("header.issuer null", p => Header(p)["issuer"] = null),
        Edit("header.year is a string", p => Header(p)["year"] = "2022"),
        Edit("header.year has a fraction", p => Header(p)["year"] = 2022.5),
        Edit("header.year is true", p => Header(p)["year"] = true),
        Edit("header.year missing", p => Header(p).Remove("year")),
        Edit("header.year beyond Int32", p => Header(p)["year"] = 3_000_000_000L),
        Edit("header.endYear is a string", p => Header(p)["endYear"] = "2025"),
        Edit("header.place is an array", p => Header(p)["place"] = new JsonArray("x")),
        Edit("issueDate month 13", p => Header(p)["issueDate"] = "2022-13"),
        Edit("issueDate 30 February", p => Header(p)["issueDate"] = "2022-02-30"),
        Edit("issueDate 29 February of a common year", p => Header(p)["issueDate"] = "2023-02-29"),
        Edit("issueDate two-digit year", p => Header(p)["issueDate"] = "22-02"),
        Edit("issueDate year 0000", p => Header(p)["issueDate"] = "0000"),
        Edit("issueDate is a number", p => Header(p)["issueDate"] = 2022),
        Edit("issueDate with time", p => Header(p)["issueDate"] = "2022-02-10T00:00:00"),
        Edit("documentNumber without symbol", p => Header(p)["documentNumber"]!.AsObject().Remove("symbol")),
        Edit("documentNumber is a string", p => Header(p)["documentNumber"] = "01/KH-SCT"),
        Edit("documentNumber unknown member", p => Header(p)["documentNumber"]!["date"] = "2022-01-01"),
        Edit("signer.position null", p => Header(p)["signer"]!["position"] = null),
        Edit("recipients item null", p => Header(p)["recipients"]!.AsArray().Add(null)),
        Edit("recipients is a string", p => Header(p)["recipients"] = "UBND tỉnh"),
        Edit("recipient without name", p => Header(p)["recipients"]![0]!.AsObject().Remove("name")),
        Edit("legal type not in list", p => Legal(p)["type"] = "decree2"),
        Edit("legal date 32 December", p => Legal(p)["date"] = "2021-12-32"),
        Edit("legal date with slashes", p => Legal(p)["date"] = "2021/12/21"),
        Edit("legal date 31 April", p => Legal(p)["date"] = "2021-04-31"),
        Edit("legal text missing", p => Legal(p).Remove("text")),
        Edit("legal year is a string", p => Legal(p)["year"] = "2018"),
        Edit("purposes item is a number", p => p["purposes"] = new JsonArray(1)),
        Edit("purposes item null", p => p["purposes"] = new JsonArray((JsonNode?)null)),
        Edit("purposes is a string", p => p["purposes"] = "text"),
        Edit("notes item is true", p => p["notes"] = new JsonArray(true)),
        Edit("target measure not in list", p => Target(p)["measure"] = "more"),
        Edit("target value is a string", p => Target(p)["value"] = "10"),
        Edit("target value beyond decimal", p => Target(p)["value"] = 1e30),
        Edit("target comparator wrong case", p => Target(p)["comparator"] = "atleast"),
        Edit("target unit not in list", p => Target(p)["unit"] = "percentage"),
        Edit("target baselineYear has a fraction", p => Target(p)["baselineYear"] = 2021.5),
        Edit("target id null", p => Target(p)["id"] = null),
        Edit("target upperValue is a string", p => Target(p)["upperValue"] = "1"),
        Edit("areas is an object", p => p["areas"] = new JsonObject()),
        Edit("area kind not in list", p => Area(p, 0)["kind"] = "institution"),
        Edit("area number is a number", p => Area(p, 0)["number"] = 1),
        Edit("area title missing", p => Area(p, 0).Remove("title")),
        Edit("task id missing", p => Task(p, 0).Remove("id")),
        Edit("task status not in list", p => Task(p, 0)["status"] = "finished"),
        Edit("task completedOn 29 February of a common year", p => Task(p, 0)["completedOn"] = "2022-02-29"),
        Edit("task deadline is a number", p => Task(p, 0)["deadline"] = 5),
        Edit("task leadUnitIds item is a number", p => Task(p, 0)["leadUnitIds"] = new JsonArray(1)),
        Edit("deliverable without title", p => Task(p, 1)["deliverables"]![0]!.AsObject().Remove("title")),
        Edit("due kind unknown", p => Due(p, new JsonObject { ["kind"] = "week", ["year"] = 2022 })),
        Edit("due without kind", p => Due(p, new JsonObject { ["date"] = "2022-01-01" })),
        Edit("due kind null", p => Due(p, new JsonObject { ["kind"] = null, ["date"] = "2022-01-01" })),
        Edit("due kind is a number", p => Due(p, new JsonObject { ["kind"] = 1, ["date"] = "2022-01-01" })),
        Edit("due kind wrong case", p => Due(p, new JsonObject { ["kind"] = "OnDate", ["date"] = "2022-01-01" })),
        Edit("due onDate without date", p => Due(p, new JsonObject { ["kind"] = "onDate" })),
        Edit("due onDate with a month member", p => Due(p, new JsonObject { ["kind"] = "onDate", ["date"] = "2022-01-01", ["month"] = "2022-01" })),
        Edit("due byDate 30 February", p => Due(p, new JsonObject { ["kind"] = "byDate", ["date"] = "2022-02-30" })),
        Edit("due month 13", p => Due(p, new JsonObject { ["kind"] = "month", ["month"] = "2022-13" })),
        Edit("due month with one digit", p => Due(p, new JsonObject { ["kind"] = "month", ["month"] = "2022-1" })),
        Edit("due month is a full date", p => Due(p, new JsonObject { ["kind"] = "month", ["month"] = "2022-01-05" })),
        Edit("due quarter without quarter", p => Due(p, new JsonObject { ["kind"] = "quarter", ["year"] = 2022 })),
        Edit("due quarter is a string", p => Due(p, new JsonObject { ["kind"] = "quarter", ["year"] = 2022, ["quarter"] = "1" })),
        Edit("due year has a fraction", p => Due(p, new JsonObject { ["kind"] = "year", ["year"] = 2022.5 })),
        Edit("due year with a date member", p => Due(p, new JsonObject { ["kind"] = "year", ["year"] = 2022, ["date"] = "2022-01-01" })),
        Edit("due is a string", p => Task(p, 0)["due"] = "Quý I"),
        Edit("unit kind not in list", p => Unit(p)["kind"] = "department"),
        Edit("unit memberIds is a string", p => Unit(p)["memberIds"] = "a,b"),
        Edit("unit unknown member", p => Unit(p)["code"] = "VP"),
        Edit("assignment role not in list", p => Assignment(p)["role"] = "chair"),
        Edit("assignment scope null", p => Assignment(p)["scope"] = null),
        Edit("assignment areaIds item null", p => Assignment(p)["areaIds"] = new JsonArray((JsonNode?)null)),
        Edit("dueDay 30 February", p => Reporting(p)["dueDay"] = "02-30"),
        Edit("dueDay 31 April", p => Reporting(p)["dueDay"] = "04-31"),
        Edit("dueDay 31 November", p => Reporting(p)["dueDay"] = "11-31"),
        Edit("dueDay month 13", p => Reporting(p)["dueDay"] = "13-01"),
        Edit("dueDay day 00", p => Reporting(p)["dueDay"] = "03-00"),
        Edit("dueDay one-digit month", p => Reporting(p)["dueDay"] = "3-10"),
        Edit("dueDay is a full date", p => Reporting(p)["dueDay"] = "2022-03-10"),
        Edit("reporting period not in list", p => Reporting(p)["period"] = "quarterly"),
        Edit("due workingDaysAfter without its event", p => Due(p, new JsonObject { ["kind"] = "workingDaysAfter", ["workingDays"] = 5 })),
        Edit("due halfYear with half as a string", p => Due(p, new JsonObject { ["kind"] = "halfYear", ["year"] = 2022, ["half"] = "1" })),
        Edit("due labelledParts part without label", p => Due(p, new JsonObject { ["kind"] = "labelledParts", ["parts"] = new JsonArray(new JsonObject { ["due"] = new JsonObject { ["kind"] = "year", ["year"] = 2022 } }) })),
        Edit("due recurringReport part with a period not in list", p => Due(p, new JsonObject { ["kind"] = "recurringReport", ["parts"] = new JsonArray(new JsonObject { ["period"] = "quarter5", ["year"] = 2022, ["due"] = new JsonObject { ["kind"] = "year", ["year"] = 2022 } }) })),
        Edit("due unrecognized with a member", p => Due(p, new JsonObject { ["kind"] = "unrecognized", ["text"] = "x" })),
        Edit("due directed with authority a number", p => Due(p, new JsonObject { ["kind"] = "directed", ["authority"] = 1 })),
        Edit("citations is an object", p => p["citations"] = new JsonObject()),
        Edit("citation without text", p => p["citations"]![0]!.AsObject().Remove("text")),
        Edit("citation type not in list", p => p["citations"]![0]!["type"] = "nghiDinh"),
        Edit("funding kind not in list", p => Funding(p)["kind"] = "budget"),
        Edit("funding text missing", p => Funding(p).Remove("text")),
        Edit("legal date with a negative year", p => Legal(p)["date"] = "-0001-01-01"),
        Edit("task completedOn with a negative year", p => Task(p, 0)["completedOn"] = "-2022-01-01"),
        Edit("due month with a negative year", p => Due(p, new JsonObject { ["kind"] = "month", ["month"] = "-0001-01" })),
        Edit("due byDate with a five-digit year", p => Due(p, new JsonObject { ["kind"] = "byDate", ["date"] = "12022-01-01" })),
        Edit("due labelledParts part with an unknown member", p => Due(p, new JsonObject { ["kind"] = "labelledParts", ["parts"] = new JsonArray(new JsonObject { ["label"] = "a", ["due"] = new JsonObject { ["kind"] = "ongoing" }, ["note"] = "x" }) })),
        Edit("due inside a part with a member of another kind", p => Due(p, new JsonObject { ["kind"] = "labelledParts", ["parts"] = new JsonArray(new JsonObject { ["label"] = "a", ["due"] = new JsonObject { ["kind"] = "ongoing", ["year"] = 2022 } }) })),
        Edit("due labelledParts with parts null", p => Due(p, new JsonObject { ["kind"] = "labelledParts", ["parts"] = null })),
        Edit("target value 1e400 (beyond any number)", p => Target(p)["value"] = JsonNode.Parse("1e400")),
    ];

    public static IReadOnlyList<AgreementCase> Valid() => [.. ValidDocuments().Select(c => c with { SchemaValid = true, ReaderValid = true })];

    private static IReadOnlyList<AgreementCase> ValidDocuments() =>
    [
        Edit("the sample as written", _ => { }),
        Raw("every structured deadline kind and every reporting period", EveryKindPlan.Json()),
        Raw("the sample with a byte-order mark", "\uFEFF" + TestDocuments.ValidPlan),
        Edit("schemaVersion 1.3 (a newer minor version)", p => p["schemaVersion"] = "1.3"),
        Edit("schemaVersion 1.99999999999 (a minor version beyond 32 bits)", p => p["schemaVersion"] = "1.99999999999"),
        Edit("no $schema", p => p.Remove("$schema")),
        Edit("$schema null", p => p["$schema"] = null),
        Edit("optional header members null", p =>
        {
            foreach (var name in new[] { "parentAuthority", "documentNumber", "issueDate", "place", "endYear", "signer", "recipients" })
            {
                Header(p)[name] = null;
            }
        }),
        Edit("optional lists null", p =>
        {
            foreach (var name in new[] { "legalBasis", "purposes", "requirements", "audiences", "targets", "funding", "units", "assignments", "reporting", "notes" })
            {
                p[name] = null;
            }
        }),
        Edit("optional target members null", p =>
        {
            foreach (var name in new[] { "indicator", "comparator", "value", "upperValue", "unit", "unitText", "baselineYear", "baselineValue", "horizonYear", "parentId", "taskId" })
            {
                Target(p)[name] = null;
            }
        }),
        Edit("optional task members null", p =>
        {
            foreach (var name in new[] { "number", "deliverables", "leadUnitIds", "supportUnitIds", "leadText", "supportText", "deadline", "due", "status", "completedOn", "result", "targetIds" })
            {
                Task(p, 0)[name] = null;
            }
        }),
        Edit("issueDate year only", p => Header(p)["issueDate"] = "2022"),
        Edit("issueDate full date", p => Header(p)["issueDate"] = "2022-02-10"),
        Edit("issueDate 29 February of a leap year", p => Header(p)["issueDate"] = "2024-02-29"),
        Edit("issueDate 29 February 2000", p => Header(p)["issueDate"] = "2000-02-29"),
        Edit("completedOn 29 February 2024", p => Task(p, 0)["completedOn"] = "2024-02-29"),
        Edit("legal date 31 December", p => Legal(p)["date"] = "2021-12-31"),
        Edit("a citation of every legal document type", p => p["citations"] = new JsonArray(
            [.. Enum.GetNames<LegalDocumentType>().Select(name => (JsonNode)new JsonObject { ["type"] = JsonNamingPolicy.CamelCase.ConvertName(name), ["text"] = name })])),
        Edit("a code cited by name, with its year", p => p["citations"] = new JsonArray(
            new JsonObject { ["type"] = "code", ["year"] = 2019, ["title"] = "Lao động", ["text"] = "Bộ luật Lao động năm 2019" })),
        Edit("dueDay 29 February", p => Reporting(p)["dueDay"] = "02-29"),
        Edit("dueDay 31 December", p => Reporting(p)["dueDay"] = "12-31"),
        Edit("dueDay 30 April", p => Reporting(p)["dueDay"] = "04-30"),
        Edit("due onDate", p => Due(p, new JsonObject { ["kind"] = "onDate", ["date"] = "2022-03-31" })),
        Edit("due byDate", p => Due(p, new JsonObject { ["kind"] = "byDate", ["date"] = "2022-12-05" })),
        Edit("due month", p => Due(p, new JsonObject { ["kind"] = "month", ["month"] = "2022-12" })),
        Edit("due quarter", p => Due(p, new JsonObject { ["kind"] = "quarter", ["year"] = 2022, ["quarter"] = 1 })),
        Edit("due quarter 7 (range checked by the library only)", p => Due(p, new JsonObject { ["kind"] = "quarter", ["year"] = 2022, ["quarter"] = 7 })),
        Edit("due year", p => Due(p, new JsonObject { ["kind"] = "year", ["year"] = 2022 })),
        Edit("due with kind last", p => Due(p, new JsonObject { ["date"] = "2022-03-31", ["kind"] = "onDate" })),
        Edit("negative target value (checked by the library only)", p => Target(p)["value"] = -1.5),
        Edit("duplicate unit ids (checked by the library only)", p => p["units"]!.AsArray().Add(Unit(p).DeepClone())),
        Edit("unknown unit reference (checked by the library only)", p => Task(p, 0)["leadUnitIds"] = new JsonArray("no-such-unit")),
        Edit("empty title (checked by the library only)", p => Header(p)["title"] = string.Empty),
        Edit("legal date in the year 0000, a leap year", p => Legal(p)["date"] = "0000-02-29"),
        Edit("due month in the year 0000", p => Due(p, new JsonObject { ["kind"] = "month", ["month"] = "0000-12" })),
        Edit("target value -0", p => Target(p)["value"] = JsonNode.Parse("-0")),
        Edit("target value 1e-400 (zero)", p => Target(p)["value"] = JsonNode.Parse("1e-400")),
        Edit("header year -0", p => Header(p)["year"] = JsonNode.Parse("-0")),
        Edit("due unrecognized for the task's own phrase", p => Due(p, new JsonObject { ["kind"] = "unrecognized" })),
        Edit("a text with an escaped U+0000", p => Header(p)["place"] = "a\u0000b"),
        Edit("$schema of any URI", p => p["$schema"] = "urn:x"),
    ];

    /// <summary>Documents on which the schema and the reader are known to differ, as documented.</summary>
    public static IReadOnlyList<AgreementCase> KnownDifferences() =>
    [
        Raw("duplicate member name", TestDocuments.ValidPlan.Replace("\"title\": \"Kế hoạch", "\"title\": \"x\", \"title\": \"Kế hoạch", StringComparison.Ordinal), schemaValid: true, readerValid: false),
        Raw("whole number written 2022.0", TestDocuments.ValidPlan.Replace("\"year\": 2022,", "\"year\": 2022.0,", StringComparison.Ordinal), schemaValid: true, readerValid: false),
        Raw("whole number written 2.022e3", TestDocuments.ValidPlan.Replace("\"year\": 2022,", "\"year\": 2.022e3,", StringComparison.Ordinal), schemaValid: true, readerValid: false),
        Raw("a number just above the decimal range", TestDocuments.ValidPlan.Replace("\"value\": 10,", "\"value\": 79228162514264337593543950336,", StringComparison.Ordinal), schemaValid: true, readerValid: false),
        Edit("nesting deeper than the reader's limit (64 by default)", p => Due(p, NestedDue(25)), schemaValid: true, readerValid: false),
        Raw("an escaped lone surrogate", TestDocuments.ValidPlan.Replace("\"title\": \"Kế hoạch", "\"title\": \"\\ud800Kế hoạch", StringComparison.Ordinal), schemaValid: true, readerValid: false),
    ];

    private static JsonObject Header(JsonObject plan) => plan["header"]!.AsObject();

    private static JsonObject Legal(JsonObject plan) => plan["legalBasis"]![0]!.AsObject();

    private static JsonObject Target(JsonObject plan) => plan["targets"]![0]!.AsObject();

    private static JsonObject Area(JsonObject plan, int index) => plan["areas"]![index]!.AsObject();

    private static JsonObject Task(JsonObject plan, int areaIndex) => Area(plan, areaIndex)["tasks"]![0]!.AsObject();

    private static JsonObject Unit(JsonObject plan) => plan["units"]![0]!.AsObject();

    private static JsonObject Assignment(JsonObject plan) => plan["assignments"]![0]!.AsObject();

    private static JsonObject Reporting(JsonObject plan) => plan["reporting"]![0]!.AsObject();

    private static JsonObject Funding(JsonObject plan) => plan["funding"]![0]!.AsObject();

    private static void Due(JsonObject plan, JsonObject due) => Task(plan, 0)["due"] = due;

    /// <summary>A deadline of labelled parts nested <paramref name="levels"/> times (three JSON levels each).</summary>
    private static JsonObject NestedDue(int levels)
    {
        var due = new JsonObject { ["kind"] = "year", ["year"] = 2022 };
        for (var i = 0; i < levels; i++)
        {
            due = new JsonObject { ["kind"] = "labelledParts", ["parts"] = new JsonArray(new JsonObject { ["label"] = "a", ["due"] = due }) };
        }

        return due;
    }

    private static AgreementCase Edit(string name, Action<JsonObject> edit) => Edit(name, edit, null, null);

    private static AgreementCase Edit(string name, Action<JsonObject> edit, bool? schemaValid, bool? readerValid)
    {
        var plan = TestDocuments.ValidPlanNode();
        edit(plan);
        return Case(name, Encoding.UTF8.GetBytes(plan.ToJsonString()), schemaValid, readerValid);
    }

    private static AgreementCase Raw(string name, string text, bool? schemaValid = null, bool? readerValid = null) =>
        Case(name, Encoding.UTF8.GetBytes(text), schemaValid, readerValid);

    // Without explicit verdicts a case is expected invalid on both sides; Valid() marks its own as valid.
    private static AgreementCase Case(string name, byte[] bytes, bool? schemaValid, bool? readerValid) =>
        new(name, bytes, schemaValid ?? false, readerValid ?? false);
}

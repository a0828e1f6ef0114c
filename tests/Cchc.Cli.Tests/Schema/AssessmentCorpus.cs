using System.Text.Json.Nodes;
using Cchc.Cli.Tests.Support;

namespace Cchc.Cli.Tests.Schema;

/// <summary>
/// The agreement corpus of assessments, made from samples/scoring/assessment-2025-stp.json by small edits:
/// broken documents, valid variants (including what only the library checks) and documented differences.
/// </summary>
internal static class AssessmentCorpus
{
    private static readonly JsonEdits Doc = new(File.ReadAllText(RepositoryPaths.SampleAssessment));

    public static IReadOnlyList<AgreementCase> Broken() =>
    [
        JsonEdits.Raw("root is a string", "\"assessment\""),
        JsonEdits.Raw("empty document", string.Empty),
        JsonEdits.Raw("root is an empty object", "{}"),
        Doc.Edit("framework missing", a => a.Remove("framework")),
        Doc.Edit("year missing", a => a.Remove("year")),
        Doc.Edit("unit missing", a => a.Remove("unit")),
        Doc.Edit("entries missing", a => a.Remove("entries")),
        Doc.Edit("schemaVersion without minor", a => a["schemaVersion"] = "1"),
        Doc.Edit("schemaVersion null", a => a["schemaVersion"] = null),
        Doc.Edit("unknown root member", a => a["score"] = 94.29),
        Doc.Edit("framework without id", a => a["framework"]!.AsObject().Remove("id")),
        Doc.Edit("framework is a string", a => a["framework"] = "mau-khoi-so"),
        Doc.Edit("framework unknown member", a => a["framework"]!["title"] = "x"),
        Doc.Edit("year is a string", a => a["year"] = "2025"),
        Doc.Edit("year has a fraction", a => a["year"] = 2025.5),
        Doc.Edit("unit without name", a => a["unit"]!.AsObject().Remove("name")),
        Doc.Edit("unit block is a number", a => a["unit"]!["block"] = 1),
        Doc.Edit("excludedFromRanking is a string", a => a["excludedFromRanking"] = "yes"),
        Doc.Edit("entries null", a => a["entries"] = null),
        Doc.Edit("entries item null", a => a["entries"]!.AsArray().Add(null)),
        Doc.Edit("entry without code", a => Entry(a, "1.4").Remove("code")),
        Doc.Edit("entry without rounds", a => Entry(a, "1.4").Remove("rounds")),
        Doc.Edit("rounds is an object", a => Entry(a, "1.4")["rounds"] = new JsonObject()),
        Doc.Edit("round not in list", a => Round(a, "1.4")["round"] = "selfAssesment"),
        Doc.Edit("round without round", a => Round(a, "1.4").Remove("round")),
        Doc.Edit("round without input", a => Round(a, "1.4").Remove("input")),
        Doc.Edit("round input null", a => Round(a, "1.4")["input"] = null),
        Doc.Edit("round date 30 February", a => Round(a, "1.4")["date"] = "2025-02-30"),
        Doc.Edit("round date with slashes", a => Round(a, "1.4")["date"] = "10/12/2025"),
        Doc.Edit("round note is a number", a => Round(a, "1.4")["note"] = 1),
        Doc.Edit("input without kind", a => Input(a, "1.4").Remove("kind")),
        Doc.Edit("input kind unknown", a => Input(a, "1.4")["kind"] = "yesNo"),
        Doc.Edit("input kind null", a => Input(a, "1.4")["kind"] = null),
        Doc.Edit("input kind wrong case", a => Input(a, "1.4")["kind"] = "Binary"),
        Doc.Edit("binary achieved is a string", a => Input(a, "1.4")["achieved"] = "true"),
        Doc.Edit("binary without achieved", a => Input(a, "1.4").Remove("achieved")),
        Doc.Edit("binary input with a percent member", a => Input(a, "1.4")["percent"] = 100),
        Doc.Edit("level is a number", a => Input(a, "1.2.2")["level"] = 1),
        Doc.Edit("ratio percent is a string", a => Input(a, "1.3")["percent"] = "97"),
        Doc.Edit("ratio percent beyond decimal", a => Input(a, "1.3")["percent"] = 1e30),
        Doc.Edit("timeliness without due", a => Input(a, "1.1.1").Remove("due")),
        Doc.Edit("timeliness due month 13", a => Input(a, "1.1.1")["due"] = "2025-13-01"),
        Doc.Edit("timeliness delivered 31 April", a => Input(a, "1.1.1")["delivered"] = "2025-04-31"),
        Doc.Edit("count has a fraction", a => Input(a, "1.5")["count"] = 2.5),
        Doc.Edit("count beyond Int32", a => Input(a, "1.5")["count"] = 3_000_000_000L),
        Doc.Edit("survey answer without count", a => Input(a, "8.2.1")["answers"]![0]!.AsObject().Remove("count")),
        Doc.Edit("survey answer null", a => Input(a, "8.2.1")["answers"]!.AsArray().Add(null)),
        Doc.Edit("survey answer count is a string", a => Input(a, "8.2.1")["answers"]![0]!["count"] = "120"),
        Doc.Edit("points null", a => Input(a, "4.3")["points"] = null),
        Doc.Edit("notApplicable input with points", a => Round(a, "4.3")["input"] = new JsonObject { ["kind"] = "notApplicable", ["points"] = 0 }),
        Doc.Edit("evidence item null", a => Entry(a, "1.4")["evidence"]!.AsArray().Add(null)),
        Doc.Edit("evidence date 29 February of a common year", a => Evidence(a)["date"] = "2025-02-29"),
        Doc.Edit("evidence unknown member", a => Evidence(a)["page"] = 3),
        Doc.Edit("evidence is an object", a => Entry(a, "1.4")["evidence"] = new JsonObject()),
        Doc.Edit("explanation is a number", a => Entry(a, "1.4")["explanation"] = 1),
    ];

    public static IReadOnlyList<AgreementCase> Valid() =>
    [
        Doc.Valid("the sample as written", _ => { }),
        Doc.Valid("no $schema", a => a.Remove("$schema")),
        Doc.Valid("schemaVersion 1.2", a => a["schemaVersion"] = "1.2"),
        Doc.Valid("optional members null", a =>
        {
            a["excludedFromRanking"] = null;
            a["unit"]!["block"] = null;
            Entry(a, "1.4")["evidence"] = null;
            Entry(a, "1.4")["explanation"] = null;
            Round(a, "1.4")["date"] = null;
            Round(a, "1.4")["note"] = null;
            Input(a, "1.1.1")["delivered"] = null;
        }),
        Doc.Valid("excluded from ranking", a => a["excludedFromRanking"] = true),
        Doc.Valid("not applicable without a reason", a => Round(a, "4.3")["input"] = new JsonObject { ["kind"] = "notApplicable" }),
        Doc.Valid("not applicable with a reason", a => Round(a, "4.3")["input"] = new JsonObject { ["kind"] = "notApplicable", ["reason"] = "Không có đơn vị trực thuộc" }),
        Doc.Valid("kind last in an input", a => Round(a, "1.4")["input"] = new JsonObject { ["achieved"] = false, ["kind"] = "binary" }),
        Doc.Valid("evidence with every member null", a =>
        {
            foreach (var name in new[] { "number", "date", "issuer", "section", "fileName" })
            {
                Evidence(a)[name] = null;
            }
        }),
        Doc.Valid("evidence dated 29 February 2024", a => Evidence(a)["date"] = "2024-02-29"),
        Doc.Valid("no rounds (checked by the library only)", a => Entry(a, "1.4")["rounds"] = new JsonArray()),
        Doc.Valid("no entries (checked by the library only)", a => a["entries"] = new JsonArray()),
        Doc.Valid("unknown criterion code (checked by the library only)", a => Entry(a, "1.4")["code"] = "9.9"),
        Doc.Valid("an input that does not fit the rule (checked by the library only)", a => Round(a, "1.4")["input"] = new JsonObject { ["kind"] = "points", ["points"] = 1 }),
        Doc.Valid("points above the maximum (checked by the library only)", a => Input(a, "4.3")["points"] = 50),
        Doc.Valid("negative count (checked by the library only)", a => Input(a, "1.5")["count"] = -1),
        Doc.Valid("unknown level (checked by the library only)", a => Input(a, "1.2.2")["level"] = "gioi"),
        Doc.Valid("assessment of another framework (checked by the library only)", a => a["framework"]!["version"] = "2024.1"),
    ];

    public static IReadOnlyList<AgreementCase> KnownDifferences() =>
    [
        Doc.Difference("duplicate member name", "\"code\": \"stp\",", "\"code\": \"x\", \"code\": \"stp\","),
        Doc.Difference("whole number written 2025.0", "\"year\": 2025,", "\"year\": 2025.0,"),
        Doc.Difference("a number just outside the decimal range", "\"percent\": 97.0", "\"percent\": -79228162514264337593543950336"),
    ];

    private static JsonObject Entry(JsonObject assessment, string code) =>
        assessment["entries"]!.AsArray().Select(e => e!.AsObject()).First(e => string.Equals((string?)e["code"], code, StringComparison.Ordinal));

    private static JsonObject Round(JsonObject assessment, string code) => Entry(assessment, code)["rounds"]![0]!.AsObject();

    private static JsonObject Input(JsonObject assessment, string code) => Round(assessment, code)["input"]!.AsObject();

    private static JsonObject Evidence(JsonObject assessment) => Entry(assessment, "1.4")["evidence"]![0]!.AsObject();
}

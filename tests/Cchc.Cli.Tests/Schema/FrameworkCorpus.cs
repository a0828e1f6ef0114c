using System.Text.Json.Nodes;
using Cchc.Cli.Tests.Support;

namespace Cchc.Cli.Tests.Schema;

/// <summary>
/// The agreement corpus of frameworks, made from samples/scoring/framework-khoi-so.json by small edits:
/// broken documents, valid variants (including what only the library checks) and documented differences.
/// </summary>
internal static class FrameworkCorpus
{
    private static readonly JsonEdits Doc = new(File.ReadAllText(RepositoryPaths.SampleFramework));

    public static IReadOnlyList<AgreementCase> Broken() =>
    [
        JsonEdits.Raw("root is an array", "[]"),
        JsonEdits.Raw("not JSON", "{ \"id\": "),
        JsonEdits.Raw("root is null", "null"),
        Doc.Edit("id missing", f => f.Remove("id")),
        Doc.Edit("version missing", f => f.Remove("version")),
        Doc.Edit("areas missing", f => f.Remove("areas")),
        Doc.Edit("level missing", f => f.Remove("level")),
        Doc.Edit("firstYear missing", f => f.Remove("firstYear")),
        Doc.Edit("schemaVersion 2.0", f => f["schemaVersion"] = "2.0"),
        Doc.Edit("schemaVersion missing", f => f.Remove("schemaVersion")),
        Doc.Edit("unknown root member", f => f["publisher"] = "BNV"),
        Doc.Edit("$schema is a number", f => f["$schema"] = 1),
        Doc.Edit("title is a number", f => f["title"] = 5),
        Doc.Edit("id null", f => f["id"] = null),
        Doc.Edit("level not in list", f => f["level"] = "provincial"),
        Doc.Edit("level wrong case", f => f["level"] = "Department"),
        Doc.Edit("firstYear is a string", f => f["firstYear"] = "2025"),
        Doc.Edit("firstYear has a fraction", f => f["firstYear"] = 2025.5),
        Doc.Edit("lastYear beyond Int32", f => f["lastYear"] = 3_000_000_000L),
        Doc.Edit("decision is an array", f => f["decision"] = new JsonArray("876/QĐ-BNV")),
        Doc.Edit("areas null", f => f["areas"] = null),
        Doc.Edit("areas is an object", f => f["areas"] = new JsonObject()),
        Doc.Edit("area maxPoints is a string", f => Node(f, "1")["maxPoints"] = "9"),
        Doc.Edit("area maxPoints beyond decimal", f => Node(f, "1")["maxPoints"] = 1e30),
        Doc.Edit("area code null", f => Node(f, "2")["code"] = null),
        Doc.Edit("criterion unknown member", f => Node(f, "1.4")["weight"] = 1),
        Doc.Edit("method not in list", f => Node(f, "1.4")["method"] = "appraised"),
        Doc.Edit("children item null", f => Node(f, "1")["children"]!.AsArray().Add(null)),
        Doc.Edit("children is an object", f => Node(f, "1.1")["children"] = new JsonObject()),
        Doc.Edit("evidence is a number", f => Node(f, "1.4")["evidence"] = 1),
        Doc.Edit("rule without kind", f => Node(f, "1.4")["rule"] = new JsonObject()),
        Doc.Edit("rule kind unknown", f => Rule(f, "1.4")["kind"] = "percent"),
        Doc.Edit("rule kind null", f => Rule(f, "1.4")["kind"] = null),
        Doc.Edit("rule kind is a number", f => Rule(f, "1.4")["kind"] = 1),
        Doc.Edit("rule kind wrong case", f => Rule(f, "1.4")["kind"] = "Binary"),
        Doc.Edit("rule is a string", f => Node(f, "1.4")["rule"] = "binary"),
        Doc.Edit("binary rule with a levels member", f => Rule(f, "1.4")["levels"] = new JsonArray()),
        Doc.Edit("levels rule without levels", f => Rule(f, "1.2.2").Remove("levels")),
        Doc.Edit("level fraction is a string", f => Rule(f, "1.2.2")["levels"]![0]!["fraction"] = "1"),
        Doc.Edit("level without label", f => Rule(f, "1.2.2")["levels"]![0]!.AsObject().Remove("label")),
        Doc.Edit("band fromInclusive is a string", f => Rule(f, "1.1.2")["bands"]![0]!["fromInclusive"] = "true"),
        Doc.Edit("band without fraction", f => Rule(f, "1.1.2")["bands"]![0]!.AsObject().Remove("fraction")),
        Doc.Edit("band unknown member", f => Rule(f, "1.1.2")["bands"]![0]!["points"] = 1),
        Doc.Edit("proportional floorPercent is a string", f => Rule(f, "1.3")["floorPercent"] = "50"),
        Doc.Edit("timeliness without lateFraction", f => Rule(f, "1.1.1").Remove("lateFraction")),
        Doc.Edit("timeliness graceDays has a fraction", f => Rule(f, "1.1.1")["graceDays"] = 1.5),
        Doc.Edit("countThreshold without minimum", f => Rule(f, "1.5").Remove("minimum")),
        Doc.Edit("countThreshold step is a string", f => Rule(f, "1.5")["step"] = "1"),
        Doc.Edit("deduction pointsPerViolation null", f => Rule(f, "1.2.1")["pointsPerViolation"] = null),
        Doc.Edit("survey option without percent", f => Rule(f, "8.2.1")["options"]![0]!.AsObject().Remove("percent")),
        Doc.Edit("manual rule with a max member", f => Rule(f, "4.3")["max"] = 2),
        Doc.Edit("policy notApplicable not in list", f => f["policy"]!["notApplicable"] = "ignore"),
        Doc.Edit("policy without rounding", f => f["policy"]!.AsObject().Remove("rounding")),
        Doc.Edit("rounding mode not in list", f => f["policy"]!["rounding"]!["mode"] = "up"),
        Doc.Edit("rounding stage null", f => f["policy"]!["rounding"]!["stage"] = null),
        Doc.Edit("rounding decimals has a fraction", f => f["policy"]!["rounding"]!["decimals"] = 2.5),
        Doc.Edit("indexMayExceed100 is a string", f => f["policy"]!["indexMayExceed100"] = "false"),
        Doc.Edit("adjustments without items", f => f["adjustments"]!.AsObject().Remove("items")),
        Doc.Edit("bonusCap is a string", f => f["adjustments"]!["bonusCap"] = "3"),
        Doc.Edit("adjustment direction not in list", f => Item(f)["direction"] = "plus"),
        Doc.Edit("adjustment item without rule", f => Item(f).Remove("rule")),
        Doc.Edit("adjustment item rule null", f => Item(f)["rule"] = null),
        Doc.Edit("classification is an object", f => f["classification"] = new JsonObject()),
        Doc.Edit("classification item null", f => f["classification"]!.AsArray().Add(null)),
        Doc.Edit("class band without code", f => Band(f).Remove("code")),
        Doc.Edit("class band from null", f => Band(f)["from"] = null),
        Doc.Edit("class band to is a string", f => Band(f)["to"] = "90"),
    ];

    public static IReadOnlyList<AgreementCase> Valid() =>
    [
        Doc.Valid("the sample as written", _ => { }),
        JsonEdits.Raw("the sample with a byte-order mark", "\uFEFF" + Doc.Text, schemaValid: true, readerValid: true),
        Doc.Valid("no $schema", f => f.Remove("$schema")),
        Doc.Valid("$schema null", f => f["$schema"] = null),
        Doc.Valid("schemaVersion 1.4", f => f["schemaVersion"] = "1.4"),
        Doc.Valid("optional root members null", f =>
        {
            foreach (var name in new[] { "decision", "block", "lastYear", "policy", "adjustments", "classification" })
            {
                f[name] = null;
            }
        }),
        Doc.Valid("optional root members omitted", f =>
        {
            foreach (var name in new[] { "decision", "block", "lastYear", "policy", "adjustments", "classification" })
            {
                f.Remove(name);
            }
        }),
        Doc.Valid("optional criterion members null", f =>
        {
            Node(f, "1.4")["method"] = null;
            Node(f, "1.4")["evidence"] = null;
            Node(f, "1.4")["children"] = null;
            Node(f, "1")["rule"] = null;
        }),
        Doc.Valid("optional rule parameters null", f =>
        {
            Rule(f, "1.3")["floorPercent"] = null;
            Rule(f, "1.1.1")["graceDays"] = null;
            Rule(f, "1.5")["step"] = null;
            Rule(f, "1.5")["stepPoints"] = null;
            Rule(f, "1.1.2")["bands"]![0]!["fromInclusive"] = null;
            Rule(f, "1.1.2")["bands"]![0]!["to"] = null;
        }),
        Doc.Valid("kind last in a rule", f => Node(f, "1.1.1")["rule"] = new JsonObject { ["lateFraction"] = 0.5, ["kind"] = "timeliness" }),
        Doc.Valid("class band to null", f => Band(f)["to"] = null),
        Doc.Valid("a parent's maximum is not the sum of its children's (checked by the library only)", f => Node(f, "1")["maxPoints"] = 10),
        Doc.Valid("negative maximum (checked by the library only)", f => Node(f, "1.4")["maxPoints"] = -1.5),
        Doc.Valid("level fraction 1.5 (checked by the library only)", f => Rule(f, "1.2.2")["levels"]![0]!["fraction"] = 1.5),
        Doc.Valid("duplicate criterion codes (checked by the library only)", f => Node(f, "1.5")["code"] = "1.4"),
        Doc.Valid("a leaf with neither rule nor children (checked by the library only)", f => Node(f, "1.4").Remove("rule")),
        Doc.Valid("overlapping ratio bands (checked by the library only)", f => Rule(f, "1.1.2")["bands"]![1]!["to"] = 101),
        Doc.Valid("overlapping classes (checked by the library only)", f => Band(f)["to"] = 95),
        Doc.Valid("lastYear before firstYear (checked by the library only)", f => f["lastYear"] = 2020),
        Doc.Valid("rounding decimals 12 (checked by the library only)", f => f["policy"]!["rounding"]!["decimals"] = 12),
        Doc.Valid("empty areas (checked by the library only)", f => f["areas"] = new JsonArray()),
    ];

    public static IReadOnlyList<AgreementCase> KnownDifferences() =>
    [
        Doc.Difference("duplicate member name", "\"id\": \"mau-khoi-so\",", "\"id\": \"x\", \"id\": \"mau-khoi-so\","),
        Doc.Difference("whole number written 2025.0", "\"firstYear\": 2025,", "\"firstYear\": 2025.0,"),
        Doc.Difference("a number just above the decimal range", "\"maxPoints\": 9,", "\"maxPoints\": 79228162514264337593543950336,"),
    ];

    private static JsonObject Node(JsonObject framework, string code) =>
        Find(framework["areas"]!.AsArray(), code) ?? throw new InvalidOperationException("no criterion " + code + " in the sample framework");

    private static JsonObject? Find(JsonArray criteria, string code)
    {
        foreach (var criterion in criteria.Select(c => c!.AsObject()))
        {
            if (string.Equals((string?)criterion["code"], code, StringComparison.Ordinal))
            {
                return criterion;
            }

            if (criterion["children"] is JsonArray children && Find(children, code) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static JsonObject Rule(JsonObject framework, string code) => Node(framework, code)["rule"]!.AsObject();

    private static JsonObject Item(JsonObject framework) => framework["adjustments"]!["items"]![0]!.AsObject();

    private static JsonObject Band(JsonObject framework) => framework["classification"]![0]!["bands"]![1]!.AsObject();
}

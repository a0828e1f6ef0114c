using System.Globalization;
using System.Text;
using System.Text.Json;
using Cchc.Cli.Tests.Support;
using Cchc.Domain.Serialization;
using Cchc.Domain.Serialization.Schemas;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Cli.Tests.Schema;

/// <summary>
/// The published JSON Schema and the C# reader accept the same documents: ajv and
/// <c>PlanJson.Read(bytes, Strict with { Validate = false })</c> give the same verdict on every sample
/// plan, on valid variants and on a corpus of structurally broken documents.
/// </summary>
public sealed class SchemaAgreementTests
{
    private static readonly JsonReadOptions StructureOnly = JsonReadOptions.Strict with { Validate = false };

    [Fact]
    public void Schema_and_reader_agree_on_every_document_of_the_corpus()
    {
        var broken = AgreementCorpus.Broken();
        Assert.True(broken.Count >= 60, $"the corpus has only {broken.Count} broken documents");
        var samples = Directory.Exists(RepositoryPaths.SamplePlans)
            ? Directory.GetFiles(RepositoryPaths.SamplePlans, "*.json").Order(StringComparer.Ordinal)
                .Select(f => new AgreementCase("sample " + Path.GetFileName(f), File.ReadAllBytes(f), true, true)).ToList()
            : [];
        var cases = samples.Concat(AgreementCorpus.Valid()).Concat(broken).Concat(AgreementCorpus.KnownDifferences()).ToList();

        using var temp = new TempDirectory();
        var files = cases.Select((c, i) => temp.Write(string.Create(CultureInfo.InvariantCulture, $"case-{i:D3}.json"), c.Bytes)).ToList();
        var ajv = Ajv.Validate(RepositoryPaths.PlanSchema, files);

        var failures = new StringBuilder();
        for (var i = 0; i < cases.Count; i++)
        {
            var c = cases[i];
            var read = PlanJson.Read(c.Bytes, StructureOnly);
            var (expectedSchema, expectedReader) = c.Name.StartsWith("sample ", StringComparison.Ordinal)
                ? (read.IsValid, read.IsValid) // samples: whatever they are, both sides must say the same
                : (c.SchemaValid, c.ReaderValid);
            if (ajv[i].Valid != expectedSchema || read.IsValid != expectedReader)
            {
                failures.AppendLine(CultureInfo.InvariantCulture,
                    $"case-{i:D3} {c.Name}: ajv {(ajv[i].Valid ? "valid" : "invalid")} (expected {(expectedSchema ? "valid" : "invalid")}; {ajv[i].Errors}), reader {(read.IsValid ? "valid" : "invalid")} (expected {(expectedReader ? "valid" : "invalid")}; {string.Join("; ", read.Errors.Select(e => e.ToString()))})");
            }
        }

        Assert.True(failures.Length == 0, "Schema and reader disagree:\n" + failures);
    }

    [Fact]
    public void Embedded_schema_is_the_published_file_and_names_the_reader_uri()
    {
        Assert.Equal(File.ReadAllText(RepositoryPaths.PlanSchema), JsonSchemas.Plan);
        using var schema = JsonDocument.Parse(JsonSchemas.Plan);
        Assert.Equal(PlanJson.SchemaUri, schema.RootElement.GetProperty("$id").GetString());
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.RootElement.GetProperty("$schema").GetString());
    }

    [Fact]
    public void Every_property_has_an_english_and_vietnamese_description_and_objects_are_closed()
    {
        using var schema = JsonDocument.Parse(JsonSchemas.Plan);
        var problems = new List<string>();
        Walk(schema.RootElement, "#", problems);
        Assert.Empty(problems);
    }

    internal static void Walk(JsonElement element, string path, List<string> problems)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (element.TryGetProperty("properties", out var properties))
        {
            // A union (a deadline) is open: its members are those of the branch its kind selects, and each branch is closed.
            if (!IsUnion(element) && (!element.TryGetProperty("additionalProperties", out var additional) || additional.ValueKind != JsonValueKind.False))
            {
                problems.Add(path + ": additionalProperties is not false");
            }

            foreach (var property in properties.EnumerateObject())
            {
                var hasTitle = property.Value.TryGetProperty("title", out _);
                var bilingual = property.Value.TryGetProperty("description", out var description) && description.GetString()!.Contains(" — ", StringComparison.Ordinal);
                if (!hasTitle || !bilingual)
                {
                    problems.Add($"{path}/properties/{property.Name}: missing title or bilingual description");
                }
            }
        }

        // The conditions of a union ("if": { "properties": { "kind": { "const": … } } }) describe no member.
        foreach (var member in element.EnumerateObject().Where(m => m.Name != "if"))
        {
            if (member.Value.ValueKind == JsonValueKind.Array)
            {
                var index = 0;
                foreach (var item in member.Value.EnumerateArray())
                {
                    Walk(item, string.Create(CultureInfo.InvariantCulture, $"{path}/{member.Name}/{index++}"), problems);
                }
            }
            else
            {
                Walk(member.Value, path + "/" + member.Name, problems);
            }
        }
    }

    /// <summary>A union told apart by <c>kind</c>: only the discriminator as property, and one closed branch per kind under <c>allOf</c>/<c>if</c>/<c>then</c>.</summary>
    private static bool IsUnion(JsonElement element) =>
        element.GetProperty("properties").EnumerateObject().Select(p => p.Name).SequenceEqual(["kind"])
        && element.TryGetProperty("allOf", out var branches)
        && branches.EnumerateArray().All(b => b.TryGetProperty("if", out _) && b.TryGetProperty("then", out _));
}

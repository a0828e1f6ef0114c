using System.Text.Json;
using Cchc.Cli.Tests.Support;
using Cchc.Domain.Serialization;
using Cchc.Domain.Serialization.Schemas;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Cli.Tests.Schema;

/// <summary>
/// The framework and assessment schemas and their C# readers accept the same documents: ajv and
/// <c>FrameworkJson.Read</c>/<c>AssessmentJson.Read(bytes, Strict with { Validate = false })</c> give the same
/// verdict on every sample of samples/scoring, on valid variants and on a corpus of broken documents.
/// </summary>
public sealed class ScoringSchemaAgreementTests
{
    private static readonly JsonReadOptions StructureOnly = JsonReadOptions.Strict with { Validate = false };

    private static IEnumerable<AgreementCase> Samples(string prefix) =>
        Directory.GetFiles(RepositoryPaths.SampleScoring, prefix + "*.json").Order(StringComparer.Ordinal)
            .Select(f => new AgreementCase("sample " + Path.GetFileName(f), File.ReadAllBytes(f), true, true));

    [Fact]
    public void Framework_schema_and_reader_agree_on_every_document_of_the_corpus()
    {
        var broken = FrameworkCorpus.Broken();
        Assert.True(broken.Count >= 30, $"the corpus has only {broken.Count} broken frameworks");
        var samples = Samples("framework-").ToList();
        Assert.True(samples.Count >= 2, "the framework samples are missing");
        var cases = samples.Concat(FrameworkCorpus.Valid()).Concat(broken).Concat(FrameworkCorpus.KnownDifferences()).ToList();
        var failures = AgreementCheck.Disagreements(RepositoryPaths.FrameworkSchema, cases, bytes =>
        {
            var read = FrameworkJson.Read(bytes, StructureOnly);
            return (read.IsValid, string.Join("; ", read.Errors.Select(e => e.ToString())));
        });
        Assert.True(failures.Length == 0, "Schema and reader disagree:\n" + failures);
    }

    [Fact]
    public void Assessment_schema_and_reader_agree_on_every_document_of_the_corpus()
    {
        var broken = AssessmentCorpus.Broken();
        Assert.True(broken.Count >= 30, $"the corpus has only {broken.Count} broken assessments");
        var samples = Samples("assessment-").ToList();
        Assert.True(samples.Count >= 5, "the assessment samples are missing");
        var cases = samples.Concat(AssessmentCorpus.Valid()).Concat(broken).Concat(AssessmentCorpus.KnownDifferences()).ToList();
        var failures = AgreementCheck.Disagreements(RepositoryPaths.AssessmentSchema, cases, bytes =>
        {
            var read = AssessmentJson.Read(bytes, StructureOnly);
            return (read.IsValid, string.Join("; ", read.Errors.Select(e => e.ToString())));
        });
        Assert.True(failures.Length == 0, "Schema and reader disagree:\n" + failures);
    }

    public static TheoryData<string, string, string> Schemas => new()
    {
        { "framework", FrameworkJson.SchemaUri, JsonSchemas.Framework },
        { "assessment", AssessmentJson.SchemaUri, JsonSchemas.Assessment },
    };

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Embedded_schema_is_the_published_file_and_names_the_reader_uri(string kind, string uri, string embedded)
    {
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "schema", kind + ".schema.json")), embedded);
        using var schema = JsonDocument.Parse(embedded);
        Assert.Equal(uri, schema.RootElement.GetProperty("$id").GetString());
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.RootElement.GetProperty("$schema").GetString());
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Every_property_has_an_english_and_vietnamese_description_and_objects_are_closed(string kind, string uri, string embedded)
    {
        using var schema = JsonDocument.Parse(embedded);
        var problems = new List<string>();
        SchemaAgreementTests.Walk(schema.RootElement, kind + "#", problems);
        Assert.Empty(problems);
        Assert.EndsWith(kind + ".schema.json", uri, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public void The_samples_name_their_schema_as_the_writer_does(string kind, string uri, string embedded)
    {
        Assert.False(string.IsNullOrEmpty(embedded));
        foreach (var file in Directory.GetFiles(RepositoryPaths.SampleScoring, kind + "-*.json"))
        {
            using var sample = JsonDocument.Parse(File.ReadAllBytes(file));
            Assert.Equal(uri, sample.RootElement.GetProperty("$schema").GetString());
        }
    }
}

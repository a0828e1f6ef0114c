using Cchc.Domain.Scoring;
using Cchc.Domain.Serialization;
using Cchc.Domain.Serialization.Schemas;
using Cchc.Domain.Validation;
using Cchc.Domain.Diagnostics;
using Cchc.Domain.Json;

namespace Cchc.Cli.Documents;

/// <summary>
/// Assessments (docs/scoring.md), read by <see cref="AssessmentJson"/>. Without a framework only their
/// structure is checked; <see cref="Against"/> adds every rule of <see cref="AssessmentValidator"/>.
/// </summary>
internal sealed class AssessmentDocumentKind : IReadableDocumentKind
{
    private readonly ScoringFramework? _framework;

    public AssessmentDocumentKind()
        : this(null)
    {
    }

    private AssessmentDocumentKind(ScoringFramework? framework) => _framework = framework;

    public string Name => "assessment";

    public string SchemaFileName => "assessment.schema.json";

    public string Schema => JsonSchemas.Assessment;

    /// <summary>Whether assessments are checked against a framework, not for structure only.</summary>
    public bool HasFramework => _framework is not null;

    /// <summary>The same kind, validating every assessment against <paramref name="framework"/>.</summary>
    public static AssessmentDocumentKind Against(ScoringFramework framework) => new(framework);

    /// <summary>Entries per leaf, or the framework reference together with the unit.</summary>
    public bool HasShape(IReadOnlySet<string> members) =>
        members.Contains("entries") || (members.Contains("framework") && members.Contains("unit"));

    public DocumentVerdict Read(ReadOnlySpan<byte> utf8Json, JsonReadOptions options)
    {
        var result = AssessmentJson.Read(utf8Json, options);
        if (_framework is null || result.Value is not { } assessment || !options.Validate)
        {
            return new DocumentVerdict(result.IsValid, result.Diagnostics);
        }

        List<Diagnostic> diagnostics = [.. result.Diagnostics, .. new AssessmentValidator(_framework).Diagnose(assessment)];
        return new DocumentVerdict(!diagnostics.Exists(d => d.IsError), diagnostics);
    }
}

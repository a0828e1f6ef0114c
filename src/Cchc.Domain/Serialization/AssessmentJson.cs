using System.Text.Json;
using Cchc.Domain.Scoring;
using Cchc.Domain.Serialization.Scoring;
using Cchc.Domain.Validation;
using Cchc.Domain.Diagnostics;
using Cchc.Domain.Json;

namespace Cchc.Domain.Serialization;

/// <summary>
/// Reads and writes assessment documents (JSON, described in docs/scoring.md). Reading never throws on bad
/// input: it returns the diagnostics (checks against the framework: <see cref="AssessmentValidator"/>). Writing is canonical: indented with "\n", Vietnamese
/// unescaped, members in a fixed order, so write → read → write gives the same bytes.
/// </summary>
public static class AssessmentJson
{
    /// <summary>The <c>$id</c> of the assessment JSON Schema (<see cref="Schemas.JsonSchemas.Assessment"/>), written as <c>$schema</c> by <see cref="Write"/>.</summary>
    public const string SchemaUri = "https://cchc-domain.github.io/schema/1.0/assessment.schema.json";

    /// <summary>Reads an assessment from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="options">Strict (default) or lenient reading.</param>
    /// <returns>The assessment and the diagnostics.</returns>
    public static AssessmentReadResult Read(ReadOnlySpan<byte> utf8Json, JsonReadOptions? options = null)
    {
        var diagnostics = new List<Diagnostic>();
        var dto = JsonDocumentReader.Read(utf8Json, ScoringJsonContext.Default.AssessmentDto, options ?? JsonReadOptions.Strict, diagnostics);
        return Finish(dto, diagnostics);
    }

    /// <summary>Reads an assessment from a UTF-8 JSON stream (read to its end, not closed).</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">Strict (default) or lenient reading.</param>
    /// <returns>The assessment and the diagnostics.</returns>
    public static AssessmentReadResult Read(Stream utf8Json, JsonReadOptions? options = null)
    {
        var diagnostics = new List<Diagnostic>();
        var dto = JsonDocumentReader.Read(utf8Json, ScoringJsonContext.Default.AssessmentDto, options ?? JsonReadOptions.Strict, diagnostics);
        return Finish(dto, diagnostics);
    }

    /// <summary>Reads an assessment from JSON text.</summary>
    /// <param name="json">The document.</param>
    /// <param name="options">Strict (default) or lenient reading.</param>
    /// <returns>The assessment and the diagnostics.</returns>
    public static AssessmentReadResult Read(string json, JsonReadOptions? options = null)
    {
        var diagnostics = new List<Diagnostic>();
        var dto = JsonDocumentReader.Read(json, ScoringJsonContext.Default.AssessmentDto, options ?? JsonReadOptions.Strict, diagnostics);
        return Finish(dto, diagnostics);
    }

    /// <summary>Writes <paramref name="assessment"/> as canonical JSON (ending with a newline).</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentException">The assessment holds what the format cannot (a null where a value is required, a code outside its list); the message names each spot.</exception>
    public static string Write(Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return JsonDocumentWriter.Write(AssessmentMapper.ToDto(assessment, SchemaUri), ScoringJsonContext.Default.AssessmentDto, nameof(assessment));
    }

    private static AssessmentReadResult Finish(AssessmentDto? dto, List<Diagnostic> diagnostics)
    {
        if (dto is null || !SchemaVersions.CanRead(dto.SchemaVersion, diagnostics))
        {
            return new(null, diagnostics);
        }

        var value = AssessmentMapper.ToModel(dto);
        return new(value, diagnostics);
    }
}

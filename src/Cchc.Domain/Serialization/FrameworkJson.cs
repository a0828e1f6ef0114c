using System.Text.Json;
using Cchc.Domain.Scoring;
using Cchc.Domain.Serialization.Scoring;
using Cchc.Domain.Validation;
using Cchc.Domain.Diagnostics;
using Cchc.Domain.Json;

namespace Cchc.Domain.Serialization;

/// <summary>
/// Reads and writes scoring framework documents (JSON, described in docs/scoring.md). Reading never throws on bad
/// input: it returns the diagnostics, structural and semantic (<see cref="FrameworkValidator"/>). Writing is canonical: indented with "\n", Vietnamese
/// unescaped, members in a fixed order, so write → read → write gives the same bytes.
/// </summary>
public static class FrameworkJson
{
    /// <summary>The <c>$id</c> of the framework JSON Schema (<see cref="Schemas.JsonSchemas.Framework"/>), written as <c>$schema</c> by <see cref="Write"/>.</summary>
    public const string SchemaUri = "https://cchc-domain.github.io/schema/1.0/framework.schema.json";

    /// <summary>Reads a scoring framework from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="options">Strict (default) or lenient reading, and whether to validate.</param>
    /// <returns>The scoring framework and the diagnostics.</returns>
    public static FrameworkReadResult Read(ReadOnlySpan<byte> utf8Json, JsonReadOptions? options = null)
    {
        var diagnostics = new List<Diagnostic>();
        var dto = JsonDocumentReader.Read(utf8Json, ScoringJsonContext.Default.FrameworkDto, options ?? JsonReadOptions.Strict, diagnostics);
        return Finish(dto, options ?? JsonReadOptions.Strict, diagnostics);
    }

    /// <summary>Reads a scoring framework from a UTF-8 JSON stream (read to its end, not closed).</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">Strict (default) or lenient reading, and whether to validate.</param>
    /// <returns>The scoring framework and the diagnostics.</returns>
    public static FrameworkReadResult Read(Stream utf8Json, JsonReadOptions? options = null)
    {
        var diagnostics = new List<Diagnostic>();
        var dto = JsonDocumentReader.Read(utf8Json, ScoringJsonContext.Default.FrameworkDto, options ?? JsonReadOptions.Strict, diagnostics);
        return Finish(dto, options ?? JsonReadOptions.Strict, diagnostics);
    }

    /// <summary>Reads a scoring framework from JSON text.</summary>
    /// <param name="json">The document.</param>
    /// <param name="options">Strict (default) or lenient reading, and whether to validate.</param>
    /// <returns>The scoring framework and the diagnostics.</returns>
    public static FrameworkReadResult Read(string json, JsonReadOptions? options = null)
    {
        var diagnostics = new List<Diagnostic>();
        var dto = JsonDocumentReader.Read(json, ScoringJsonContext.Default.FrameworkDto, options ?? JsonReadOptions.Strict, diagnostics);
        return Finish(dto, options ?? JsonReadOptions.Strict, diagnostics);
    }

    /// <summary>Writes <paramref name="framework"/> as canonical JSON (ending with a newline).</summary>
    /// <param name="framework">The scoring framework.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentException">The scoring framework holds what the format cannot (a null where a value is required, a code outside its list); the message names each spot.</exception>
    public static string Write(ScoringFramework framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        return JsonDocumentWriter.Write(FrameworkMapper.ToDto(framework, SchemaUri), ScoringJsonContext.Default.FrameworkDto, nameof(framework));
    }

    private static FrameworkReadResult Finish(FrameworkDto? dto, JsonReadOptions options, List<Diagnostic> diagnostics)
    {
        if (dto is null || !SchemaVersions.CanRead(dto.SchemaVersion, diagnostics))
        {
            return new(null, diagnostics);
        }

        var value = FrameworkMapper.ToModel(dto);
        if (options.Validate)
        {
            diagnostics.AddRange(FrameworkValidator.Shared.Diagnose(value));
        }

        return new(value, diagnostics);
    }
}

using Cchc.Domain.Serialization;
using Cchc.Domain.Serialization.Schemas;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Cli.Documents;

/// <summary>Scoring frameworks (docs/scoring.md), read and validated by <see cref="FrameworkJson"/>.</summary>
internal sealed class FrameworkDocumentKind : IReadableDocumentKind
{
    public string Name => "framework";

    public string SchemaFileName => "framework.schema.json";

    public string Schema => JsonSchemas.Framework;

    /// <summary>A criteria tree without a plan header, or a member only frameworks have.</summary>
    public bool HasShape(IReadOnlySet<string> members) =>
        (members.Contains("areas") && !members.Contains("header")) || members.Contains("firstYear") || members.Contains("classification");

    public DocumentVerdict Read(ReadOnlySpan<byte> utf8Json, JsonReadOptions options)
    {
        var result = FrameworkJson.Read(utf8Json, options);
        return new DocumentVerdict(result.IsValid, result.Diagnostics);
    }
}

using Cchc.Domain.Serialization;
using Cchc.Domain.Serialization.Schemas;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Cli.Documents;

/// <summary>Plans (docs/json-format.md), read by <see cref="PlanJson"/>.</summary>
internal sealed class PlanDocumentKind : IReadableDocumentKind
{
    public string Name => "plan";

    public string SchemaFileName => "plan.schema.json";

    public string Schema => JsonSchemas.Plan;

    public bool HasShape(IReadOnlySet<string> members) => members.Contains("header");

    public DocumentVerdict Read(ReadOnlySpan<byte> utf8Json, JsonReadOptions options)
    {
        var result = PlanJson.Read(utf8Json, options);
        return new DocumentVerdict(result.IsValid, result.Diagnostics);
    }
}

namespace Cchc.Cli.Documents;

/// <summary>A kind of document the tool knows of (plan, framework, assessment), readable or not yet.</summary>
internal interface IDocumentKind
{
    /// <summary>The name used by <c>--kind</c> and <c>cchc schema</c>: <c>plan</c>, <c>framework</c>…</summary>
    string Name { get; }

    /// <summary>The file name of its JSON Schema, the last segment of its <c>$schema</c> URI: <c>plan.schema.json</c>.</summary>
    string SchemaFileName { get; }
}

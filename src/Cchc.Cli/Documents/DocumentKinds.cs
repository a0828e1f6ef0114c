namespace Cchc.Cli.Documents;

/// <summary>
/// The registry of document kinds. Adding a kind once the library reads it is one class implementing
/// <see cref="IReadableDocumentKind"/> replacing its <see cref="PendingDocumentKind"/> line here.
/// </summary>
internal static class DocumentKinds
{
    public static IReadableDocumentKind Plan { get; } = new PlanDocumentKind();

    public static IReadOnlyList<IDocumentKind> All { get; } =
    [
        Plan,
        new PendingDocumentKind("framework", "framework.schema.json"),
        new PendingDocumentKind("assessment", "assessment.schema.json"),
    ];

    public static IEnumerable<string> Names => All.Select(k => k.Name);

    public static IDocumentKind? Find(string name) =>
        All.FirstOrDefault(k => string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The kind of a document: the one its <c>$schema</c> names, else the first readable kind whose shape
    /// it has, else plans (so that a broken document still gets the plan reader's diagnostics).
    /// </summary>
    public static IDocumentKind Detect(DocumentProbe probe)
    {
        ArgumentNullException.ThrowIfNull(probe);
        if (probe.Schema is { } uri)
        {
            var named = All.FirstOrDefault(k => uri.EndsWith("/" + k.SchemaFileName, StringComparison.Ordinal) || string.Equals(uri, k.SchemaFileName, StringComparison.Ordinal));
            if (named is not null)
            {
                return named;
            }
        }

        return All.OfType<IReadableDocumentKind>().FirstOrDefault(k => k.HasShape(probe.Members)) ?? Plan;
    }
}

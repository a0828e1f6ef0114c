namespace Cchc.Cli.Documents;

/// <summary>
/// The registry of document kinds. Adding a kind is one class implementing <see cref="IReadableDocumentKind"/>
/// and one line here; <c>validate</c>, <c>--kind</c>, <c>$schema</c> detection and <c>cchc schema</c> pick it up.
/// </summary>
internal static class DocumentKinds
{
    public static IReadableDocumentKind Plan { get; } = new PlanDocumentKind();

    public static IReadableDocumentKind Framework { get; } = new FrameworkDocumentKind();

    public static AssessmentDocumentKind Assessment { get; } = new();

    public static IReadOnlyList<IReadableDocumentKind> All { get; } = [Plan, Framework, Assessment];

    public static IEnumerable<string> Names => All.Select(k => k.Name);

    public static IReadableDocumentKind? Find(string name) =>
        All.FirstOrDefault(k => string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The kind of a document: the one its <c>$schema</c> names, else the first readable kind whose shape
    /// it has, else plans (so that a broken document still gets the plan reader's diagnostics).
    /// </summary>
    public static IReadableDocumentKind Detect(DocumentProbe probe)
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

        return All.FirstOrDefault(k => k.HasShape(probe.Members)) ?? Plan;
    }
}

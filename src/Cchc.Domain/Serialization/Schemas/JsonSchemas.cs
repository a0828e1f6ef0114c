namespace Cchc.Domain.Serialization.Schemas;

/// <summary>
/// The JSON Schemas (draft 2020-12) of the document formats, embedded in the library so that tools can
/// publish or apply them without the repository. They are the files of docs/schema/, byte for byte.
/// </summary>
/// <remarks>
/// The schemas check structure (types, required and unknown members, code lists, date forms, unions);
/// rules across the document (references between ids, duplicates, cycles, sums of maxima, band overlaps)
/// are checked by the readers and validators only. See docs/json-format.md and docs/scoring.md, "Checked by the library only".
/// </remarks>
public static class JsonSchemas
{
    private const string ResourcePrefix = "Cchc.Domain.Serialization.Schemas.";

    /// <summary>The JSON Schema of plan documents; its <c>$id</c> is <see cref="PlanJson.SchemaUri"/>.</summary>
    public static string Plan => Load("plan.schema.json");

    /// <summary>The JSON Schema of scoring framework documents; its <c>$id</c> is <see cref="FrameworkJson.SchemaUri"/>.</summary>
    public static string Framework => Load("framework.schema.json");

    /// <summary>The JSON Schema of assessment documents; its <c>$id</c> is <see cref="AssessmentJson.SchemaUri"/>.</summary>
    public static string Assessment => Load("assessment.schema.json");

    private static string Load(string fileName)
    {
        using var stream = typeof(JsonSchemas).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException($"The schema resource '{fileName}' is missing from the assembly.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }
}

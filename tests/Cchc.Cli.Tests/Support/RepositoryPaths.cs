namespace Cchc.Cli.Tests.Support;

/// <summary>Where the repository and its pieces are, found by walking up from the test assembly to Cchc.Domain.sln.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string PlanSchema => Path.Combine(Root, "docs", "schema", "plan.schema.json");

    public static string SamplePlans => Path.Combine(Root, "samples", "plans");

    public static string FrameworkSchema => Path.Combine(Root, "docs", "schema", "framework.schema.json");

    public static string AssessmentSchema => Path.Combine(Root, "docs", "schema", "assessment.schema.json");

    public static string SampleScoring => Path.Combine(Root, "samples", "scoring");

    /// <summary>The sample framework of block khoiSo, used by the scoring tests of the tool.</summary>
    public static string SampleFramework => Path.Combine(SampleScoring, "framework-khoi-so.json");

    /// <summary>A sample assessment (Sở Tư pháp) of <see cref="SampleFramework"/>.</summary>
    public static string SampleAssessment => Path.Combine(SampleScoring, "assessment-2025-stp.json");

    public static string SchemaCheck => Path.Combine(Root, "tools", "schema-check");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Cchc.Domain.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cchc.Domain.sln not found above " + AppContext.BaseDirectory);
    }
}

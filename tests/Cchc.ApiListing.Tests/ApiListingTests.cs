using Cchc.Domain;

namespace Cchc.ApiListing.Tests;

/// <summary>docs/api.md is the public API of the compiled Cchc.Domain; review sees every change to it.</summary>
public sealed class ApiListingTests
{
    private static readonly string Generated = ApiListingDocument.Generate(typeof(ValueList).Assembly);

    [Fact]
    public void Docs_api_md_is_the_current_public_API()
    {
        var committed = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "api.md")).ReplaceLineEndings("\n");
        if (string.Equals(committed, Generated, StringComparison.Ordinal))
        {
            return;
        }

        var expectedLines = Generated.Split('\n');
        var committedLines = committed.Split('\n');
        var line = Enumerable.Range(0, Math.Max(expectedLines.Length, committedLines.Length))
            .First(i => !string.Equals(expectedLines.ElementAtOrDefault(i), committedLines.ElementAtOrDefault(i), StringComparison.Ordinal));
        Assert.Fail(
            "docs/api.md is out of date with the public API of Cchc.Domain. Regenerate it from the repository root with\n"
            + $"    {ApiListingDocument.RegenerateCommand}\n"
            + "then review and commit the diff. First difference at line " + (line + 1) + ":\n"
            + $"    docs/api.md: {committedLines.ElementAtOrDefault(line) ?? "(end of file)"}\n"
            + $"    assembly:    {expectedLines.ElementAtOrDefault(line) ?? "(end of file)"}");
    }

    [Fact]
    public void The_listing_shows_signatures_with_nullability_defaults_ref_kinds_and_tuple_names()
    {
        Assert.Contains("    public static PlanReadResult Read(ReadOnlySpan<byte> utf8Json, JsonReadOptions? options = null);\n", Generated, StringComparison.Ordinal);
        Assert.Contains("    public static bool TryParse(string? vietnameseText, int planYear, out Deadline deadline);\n", Generated, StringComparison.Ordinal);
        Assert.Contains("    public ValueList<(string UnitId, AssignmentRole Role)> PlanRoles { get; }\n", Generated, StringComparison.Ordinal);
        Assert.Contains("    public required decimal IndexPercent { get; init; }\n", Generated, StringComparison.Ordinal);
        Assert.Contains("public abstract record Deadline : IEquatable<Deadline>\n", Generated, StringComparison.Ordinal);
        Assert.Contains("    public ImmutableArray<T>.Enumerator GetEnumerator();\n", Generated, StringComparison.Ordinal);
        Assert.Contains("public class ReadResult<T> where T : class\n", Generated, StringComparison.Ordinal);
    }

    [Fact]
    public void The_listing_has_only_public_surface_in_a_stable_order()
    {
        Assert.DoesNotContain(" internal ", Generated, StringComparison.Ordinal);
        Assert.DoesNotContain("private ", Generated, StringComparison.Ordinal);
        Assert.DoesNotContain("<Clone>$", Generated, StringComparison.Ordinal);
        Assert.DoesNotContain("PlanDto", Generated, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", Generated, StringComparison.Ordinal);

        var namespaces = Generated.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).ToList();
        Assert.Equal(namespaces.Order(StringComparer.Ordinal), namespaces);
        Assert.Contains("## Cchc.Domain.Plans", namespaces);
        Assert.Equal(Generated, ApiListingDocument.Generate(typeof(ValueList).Assembly));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Cchc.Domain.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Cchc.Domain.sln not found above " + AppContext.BaseDirectory);
    }
}

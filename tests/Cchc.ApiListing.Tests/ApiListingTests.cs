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
        var listing = ApiListingDocument.Generate(typeof(ApiListingTests).Assembly);

        Assert.Contains("## Cchc.ApiListing.Tests.Fixtures\n", listing, StringComparison.Ordinal);
        Assert.Contains("public sealed record Sample : IEquatable<Sample>\n", listing, StringComparison.Ordinal);
        Assert.Contains("    public Sample(string Name);\n", listing, StringComparison.Ordinal);
        Assert.Contains("    public string? Note { get; init; }\n", listing, StringComparison.Ordinal);
        Assert.Contains("    public required int Count { get; init; }\n", listing, StringComparison.Ordinal);
        Assert.Contains("    public (string Id, Colour Colour)? Pair { get; init; }\n", listing, StringComparison.Ordinal);
        Assert.Contains("    public static bool TryFind(string? key, out Sample found, Colour colour = Colour.Green, int? limit = null);\n", listing, StringComparison.Ordinal);
        Assert.Contains("public class Box<T> where T : class\n", listing, StringComparison.Ordinal);
        Assert.Contains("    public T? Value { get; protected set; }\n", listing, StringComparison.Ordinal);
        Assert.Contains("    public ImmutableArray<T>.Enumerator Enumerate(ImmutableArray<T> items);\n", listing, StringComparison.Ordinal);
        Assert.Contains("public enum Colour\n{\n    Red = 1,\n    Green = 2,\n}\n", listing, StringComparison.Ordinal);
        Assert.DoesNotContain("Hidden", listing, StringComparison.Ordinal);
        Assert.DoesNotContain("InternalType", listing, StringComparison.Ordinal);
        Assert.DoesNotContain("<Clone>$", listing, StringComparison.Ordinal);
    }

    [Fact]
    public void The_listing_of_the_library_is_public_surface_only_in_a_stable_order()
    {
        Assert.DoesNotContain(" internal ", Generated, StringComparison.Ordinal);
        Assert.DoesNotContain("private ", Generated, StringComparison.Ordinal);
        Assert.DoesNotContain("Dto", Generated, StringComparison.Ordinal);
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

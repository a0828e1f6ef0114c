namespace Cchc.Cli.Demo;

/// <summary>
/// The plans the demo shows: every samples/plans/*.json embedded in the tool at build time (new samples
/// are picked up by the wildcard in the project file).
/// </summary>
internal static class DemoSamples
{
    private const string Prefix = "Cchc.Cli.Samples.";

    /// <summary>The samples as (name, UTF-8 bytes), in name order.</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> All()
    {
        var assembly = typeof(DemoSamples).Assembly;
        var samples = new List<(string Name, byte[] Bytes)>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            samples.Add((resource[Prefix.Length..], buffer.ToArray()));
        }

        return samples;
    }
}

using System.Reflection;

namespace Cchc.Cli.Reports;

/// <summary>The tool's name, version and home, as reports and SARIF show them.</summary>
internal static class ToolInfo
{
    public const string Name = "cchc";

    public const string InformationUri = "https://github.com/cchc-domain/cchc-domain";

    /// <summary>The informational version without build metadata ("0.1.0").</summary>
    public static string Version { get; } = ReadVersion();

    private static string ReadVersion()
    {
        var version = typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus >= 0 ? version[..plus] : version;
    }
}

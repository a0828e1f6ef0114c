using System.Text.Json;
using Cchc.Cli.Tests.Support;

namespace Cchc.Cli.Tests.Schema;

/// <summary>Runs tools/schema-check/check.mjs (ajv 8, Ajv2020, strict mode, ajv-formats) through node.</summary>
internal static class Ajv
{
    private static readonly Lock InstallLock = new();

    /// <summary>The verdict of ajv on each file, in order: valid or not, and ajv's errors.</summary>
    public static IReadOnlyList<(bool Valid, string Errors)> Validate(string schemaPath, IReadOnlyList<string> files)
    {
        var folder = RepositoryPaths.SchemaCheck;
        EnsureInstalled(folder);

        CliRun run;
        try
        {
            run = ProcessRunner.Run("node", [Path.Combine(folder, "check.mjs"), schemaPath, .. files], folder);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            Assert.Fail("node could not be started (" + ex.Message + "); install Node.js 18 or later and put 'node' on the PATH.");
            throw;
        }

        Assert.True(run.ExitCode == 0, "check.mjs failed with exit code " + run.ExitCode + ": " + run.Stderr);
        using var verdicts = JsonDocument.Parse(run.Stdout);
        return [.. verdicts.RootElement.EnumerateArray().Select(v => (v.GetProperty("valid").GetBoolean(), string.Join("; ", v.GetProperty("errors").EnumerateArray().Select(e => e.GetString()))))];
    }

    /// <summary>
    /// Installs ajv from the committed lock file when it is not there yet (a fresh clone), so that the
    /// README's test command works on its own; CI runs the same <c>npm ci</c> in .ci/run beforehand.
    /// </summary>
    private static void EnsureInstalled(string folder)
    {
        lock (InstallLock)
        {
            if (IsInstalled(folder))
            {
                return;
            }

            CliRun install;
            try
            {
                install = ProcessRunner.Run("npm", ["ci", "--no-audit", "--no-fund"], folder);
            }
            catch (System.ComponentModel.Win32Exception ex)
            {
                Assert.Fail("ajv is not installed and npm could not be started (" + ex.Message + "); install Node.js 18 or later, or run 'npm ci --prefix tools/schema-check'.");
                throw;
            }

            Assert.True(install.ExitCode == 0 && IsInstalled(folder), "'npm ci' in tools/schema-check failed: " + install.Stderr);
        }
    }

    private static bool IsInstalled(string folder) =>
        Directory.Exists(Path.Combine(folder, "node_modules", "ajv")) && Directory.Exists(Path.Combine(folder, "node_modules", "ajv-formats"));
}

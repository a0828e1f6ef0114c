using System.Text.Json;
using Cchc.Cli.Tests.Support;

namespace Cchc.Cli.Tests.Schema;

/// <summary>Runs tools/schema-check/check.mjs (ajv 8, Ajv2020, strict mode, ajv-formats) through node.</summary>
internal static class Ajv
{
    /// <summary>The verdict of ajv on each file, in order: valid or not, and ajv's errors.</summary>
    public static IReadOnlyList<(bool Valid, string Errors)> Validate(string schemaPath, IReadOnlyList<string> files)
    {
        var folder = RepositoryPaths.SchemaCheck;
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "ajv")) || !Directory.Exists(Path.Combine(folder, "node_modules", "ajv-formats")))
        {
            Assert.Fail($"ajv is not installed in {folder}/node_modules. Run 'npm ci --prefix tools/schema-check' at the repository root (CI does it in .ci/run), then run the tests again.");
        }

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
}

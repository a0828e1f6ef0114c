using System.Diagnostics;

namespace Cchc.Cli.Tests.Support;

/// <summary>Runs a real process with arguments, optional standard input, and captures its output.</summary>
internal static class ProcessRunner
{
    public static CliRun Run(string fileName, IEnumerable<string> args, string? workingDirectory = null, byte[]? stdin = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start " + fileName);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.BaseStream.Write(stdin);
        }

        process.StandardInput.Close();
        process.WaitForExit();
        return new CliRun(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    /// <summary>Runs the built tool as users do: <c>dotnet cchc.dll args…</c>.</summary>
    public static CliRun Cchc(IEnumerable<string> args, byte[]? stdin = null, IReadOnlyDictionary<string, string>? environment = null) =>
        Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "cchc.dll"), .. args], stdin: stdin, environment: environment);
}

using System.Text;

namespace Cchc.Cli.Tests.Support;

/// <summary>The outcome of one run of the tool.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Runs the tool in-process through its entry point, with <paramref name="stdin"/> as standard input.</summary>
    public static CliRun WithStdin(byte[]? stdin, params string[] args) => Run(stdin, null, args);

    public static CliRun InProcess(params string[] args) => WithStdin((byte[]?)null, args);

    /// <summary>Runs the tool with a fixed clock (the DTSTAMP of <c>calendar --format ics</c>).</summary>
    public static CliRun InProcess(NodaTime.IClock clock, params string[] args) => Run(null, clock, args);

    public static CliRun WithStdin(string stdin, params string[] args) => WithStdin(Encoding.UTF8.GetBytes(stdin), args);

    /// <summary>Runs the tool with <paramref name="stdout"/> as standard output (what it printed there is not kept).</summary>
    public static CliRun WithStdout(TextWriter stdout, params string[] args)
    {
        using var input = new MemoryStream();
        using var stderr = new StringWriter();
        var exitCode = CchcApp.Run(args, input, stdout, stderr);
        return new CliRun(exitCode, string.Empty, stderr.ToString());
    }

    private static CliRun Run(byte[]? stdin, NodaTime.IClock? clock, string[] args)
    {
        using var input = new MemoryStream(stdin ?? []);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = CchcApp.Run(args, input, stdout, stderr, clock);
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }
}

using Cchc.Cli.Tests.Support;

namespace Cchc.Cli.Tests.Commands;

/// <summary>Standard output that cannot be written (a full disk, a closed descriptor) is an I/O error, exit 2, not a crash.</summary>
public sealed class OutputFailureTests
{
    private static readonly string Plan = Path.Combine(RepositoryPaths.SamplePlans, "001-khcn-2022.json");

    public static TheoryData<string[]> Commands => new()
    {
        { ["validate", Plan] },
        { ["validate", Plan, "--format", "sarif"] },
        { ["matrix", Plan, "--format", "csv"] },
        { ["calendar", Plan, "--format", "ics"] },
        { ["score", RepositoryPaths.SampleFramework, RepositoryPaths.SampleAssessment] },
        { ["holidays", "2024"] },
        { ["schema", "plan"] },
        { [] },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_full_disk_exits_2_with_a_message_on_standard_error(string[] args)
    {
        using var stdout = new FailingWriter(new IOException("No space left on device"));

        var run = CliRun.WithStdout(stdout, args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            "cchc: cannot write the output (No space left on device); check that the disk has room and that standard output is open.\n",
            run.Stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_closed_standard_output_exits_2_in_vietnamese_too()
    {
        using var stdout = new FailingWriter(new UnauthorizedAccessException("Access to the path is denied."));

        var run = CliRun.WithStdout(stdout, "validate", Plan, "--lang", "vi");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("cchc: không ghi được kết quả (Access to the path is denied.); ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_full_disk_exits_2_through_a_real_process()
    {
        if (!File.Exists("/dev/full"))
        {
            return;
        }

        var run = ProcessRunner.Run("sh", ["-c", "exec dotnet \"$0\" validate \"$1\" > /dev/full", Path.Combine(AppContext.BaseDirectory, "cchc.dll"), Plan]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("cchc: cannot write the output (", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", run.Stderr, StringComparison.Ordinal);
    }
}

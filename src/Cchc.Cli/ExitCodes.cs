namespace Cchc.Cli;

/// <summary>The exit codes of every command.</summary>
internal static class ExitCodes
{
    /// <summary>Success: every document is valid (warnings allowed).</summary>
    public const int Success = 0;

    /// <summary>At least one document is invalid.</summary>
    public const int Invalid = 1;

    /// <summary>A usage error (unknown option, unsupported kind) or an input that could not be read.</summary>
    public const int UsageOrIoError = 2;

    /// <summary>An internal error: a bug in the tool, reported in one line without a stack trace (<see cref="Shell.LastResort"/>).</summary>
    public const int InternalError = 3;
}

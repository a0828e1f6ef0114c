namespace Cchc.Cli.Shell;

/// <summary>Why a file could not be read.</summary>
internal enum FileProblem
{
    None,
    NotFound,
    Directory,
    PermissionDenied,
    TooLarge,
    Unreadable,
}

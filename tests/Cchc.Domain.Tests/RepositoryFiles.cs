namespace Cchc.Domain.Tests;

/// <summary>Finds files of the repository (docs, samples) from the test output folder.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Path(string relative) => System.IO.Path.Combine(Root, relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Cchc.Domain.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Cchc.Domain.sln not found above " + AppContext.BaseDirectory);
    }
}

using System.Text;

namespace Cchc.Cli.Tests.Support;

/// <summary>A standard output that fails as a full disk or a closed descriptor does: every write throws.</summary>
internal sealed class FailingWriter(Exception failure) : TextWriter
{
    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => throw failure;

    public override void Write(string? value) => throw failure;

    public override void Write(char[] buffer, int index, int count) => throw failure;
}

using Cchc.ApiListing;

// dotnet run --project tools/ApiListing -- docs/api.md   (no argument: write to standard output)
var listing = ApiListingDocument.Generate(typeof(Cchc.Domain.ValueList).Assembly);
if (args.Length == 0)
{
    Console.Out.Write(listing);
    return 0;
}

if (args.Length > 1)
{
    Console.Error.WriteLine("usage: dotnet run --project tools/ApiListing -- [output.md]");
    return 2;
}

await File.WriteAllTextAsync(args[0], listing).ConfigureAwait(false);
Console.WriteLine($"wrote {args[0]}");
return 0;

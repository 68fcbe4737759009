using System.Text;
using Bouwmarkt.Bot.Commands;
using Bouwmarkt.Bot.Knowledge.Matching;
using Bouwmarkt.Bot.Knowledge.Offers;
using Bouwmarkt.Bot.Tests.Knowledge.Offers;
using Microsoft.Extensions.Configuration;

namespace Bouwmarkt.Bot.Tests.Bot.Commands;

public sealed class KbCommandTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("kb-cmd-");

    public void Dispose() => _dir.Delete(recursive: true);

    private async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Knowledge:LiteDbPath"] = Path.Combine(_dir.FullName, "knowledge.db"),
        }).Build();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await KbCommand.RunAsync(args, config, output, error, TestOffers.Clock);
        return (exit, output.ToString(), error.ToString());
    }

    private string File(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir.FullName, name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public async Task ImportThenExport_GivesTheSameFile()
    {
        var source = HsdsWriter.ToBytes([TestOffers.Local("a", Route.Basis, "schulden"), TestOffers.National("b", Route.Maatwerk, "suicidegedachten")]);

        var import = await RunAsync("import", File("in.json", source));
        var export = await RunAsync("export", Path.Combine(_dir.FullName, "out.json"));

        Assert.Equal((0, 0), (import.Exit, export.Exit));
        Assert.Equal(Encoding.UTF8.GetString(source), await System.IO.File.ReadAllTextAsync(Path.Combine(_dir.FullName, "out.json")));
    }

    [Fact]
    public async Task Import_BadFile_ExitsOneAndKeepsTheStore()
    {
        await RunAsync("import", File("in.json", HsdsWriter.ToBytes([TestOffers.Local("a", Route.Basis, "schulden")])));

        var bad = await RunAsync("import", File("bad.json", "{\"services\": 3}"u8.ToArray()));
        await RunAsync("export", Path.Combine(_dir.FullName, "out.json"));

        Assert.Equal(1, bad.Exit);
        Assert.Contains("bad.json", bad.Err, StringComparison.Ordinal);
        Assert.Contains("\"id\": \"a\"", await System.IO.File.ReadAllTextAsync(Path.Combine(_dir.FullName, "out.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_FileWithErrors_ExitsOne()
    {
        var bad = TestOffers.Local("x", Route.Basis, "onbekend");

        var result = await RunAsync("validate", File("bad.json", HsdsWriter.ToBytes([bad])));

        Assert.Equal(1, result.Exit);
        Assert.Contains("unknown-taxonomy-id", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stale_ListsOldOffersUnderTheirOwner()
    {
        var old = TestOffers.Local("oud", Route.Basis, "schulden") with { AssuredDate = TestOffers.Today.AddYears(-2), AssurerEmail = "eigenaar@x.example" };
        await RunAsync("import", File("in.json", HsdsWriter.ToBytes([old, TestOffers.Local("vers", Route.Basis, "schulden")])));

        var result = await RunAsync("stale");

        Assert.Equal(0, result.Exit);
        Assert.Contains("eigenaar@x.example (1):", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("vers", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_ShowsGapsPerGemeente()
    {
        await RunAsync("import", File("in.json", HsdsWriter.ToBytes([TestOffers.Local("a", Route.Basis, "schulden")])));

        var result = await RunAsync("stats");

        Assert.Equal(0, result.Exit);
        Assert.Contains("Testdorp  wonen  basis", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Testdorp  geld  basis", result.Out, StringComparison.Ordinal);
    }
}

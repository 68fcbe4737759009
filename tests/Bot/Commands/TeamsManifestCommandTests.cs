using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json;
using Bouwmarkt.Bot.Commands;
using Microsoft.Extensions.Configuration;

namespace Bouwmarkt.Bot.Tests.Bot.Commands;

public sealed class TeamsManifestCommandTests : IDisposable
{
    private const string AppId = "6f1c2a3b-4d5e-4f60-8a9b-0c1d2e3f4a5b";
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("teams-manifest-");

    public void Dispose() => _dir.Delete(recursive: true);

    private async Task<(int Exit, string Out, string Err)> RunAsync(Dictionary<string, string?> settings)
    {
        var config = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"))
            .AddInMemoryCollection(settings)
            .Build();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await TeamsManifestCommand.RunAsync(["--out", Path.Combine(_dir.FullName, "pakket")], config, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static (int Width, int Height) PngSize(byte[] png)
    {
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    [Fact]
    public async Task TeamsManifest_WithAnAppId_WritesValidJsonWithTheIdsFilledAndNoPlaceholdersLeft()
    {
        var (exit, _, error) = await RunAsync(new() { ["MicrosoftAppId"] = AppId, ["Site:MunicipalityName"] = "Gemeente \"Aan Zee\"" });

        Assert.Equal((0, ""), (exit, error));
        var text = await File.ReadAllTextAsync(Path.Combine(_dir.FullName, "pakket", "manifest.json"));
        using var manifest = JsonDocument.Parse(text);
        var root = manifest.RootElement;
        Assert.Equal("1.17", root.GetProperty("manifestVersion").GetString());
        Assert.Equal(AppId, root.GetProperty("id").GetString());
        Assert.Equal(AppId, root.GetProperty("bots")[0].GetProperty("botId").GetString());
        Assert.Equal("Gemeente \"Aan Zee\"", root.GetProperty("developer").GetProperty("name").GetString());
        Assert.Equal("#00587A", root.GetProperty("accentColor").GetString());
        Assert.Equal(["www.example.nl"], root.GetProperty("validDomains").EnumerateArray().Select(d => d.GetString()));
        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
        Assert.DoesNotContain("}}", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamsManifest_WritesBothIconsAndTheZipToUpload()
    {
        await RunAsync(new() { ["MicrosoftAppId"] = AppId });
        var folder = Path.Combine(_dir.FullName, "pakket");

        Assert.Equal((192, 192), PngSize(await File.ReadAllBytesAsync(Path.Combine(folder, "color.png"))));
        Assert.Equal((32, 32), PngSize(await File.ReadAllBytesAsync(Path.Combine(folder, "outline.png"))));
        using var zip = ZipFile.OpenRead(Path.Combine(folder, TeamsManifestCommand.PackageFile));
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TeamsManifest_WithoutAppId_ExitsOneAndWritesNothing()
    {
        var (exit, _, error) = await RunAsync(new() { ["MicrosoftAppId"] = "" });

        Assert.Equal(1, exit);
        Assert.Contains("MicrosoftAppId", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_dir.FullName, "pakket")));
    }

    [Fact]
    public void BotCommandLine_KnowsTheCommand()
    {
        Assert.True(BotCommandLine.IsCommand(["teams-manifest", "--out", "x"]));
    }
}

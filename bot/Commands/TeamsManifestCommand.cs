using System.CommandLine;
using System.IO.Compression;
using System.Text.Json;
using Bouwmarkt.Bot.Channels.DirectLine;
using Bouwmarkt.Bot.Channels.Teams;
using Bouwmarkt.Bot.Dialogs.Texts;

namespace Bouwmarkt.Bot.Commands;

/// <summary>
/// <c>teams-manifest --out FOLDER</c>: writes the Teams app package (manifest.json, color.png, outline.png and the zip
/// to upload) from the host's configuration: appsettings.json beside the binaries, environment variables, then any
/// <c>--Key value</c> given after the command (for example <c>--MicrosoftAppId 00000000-…</c>).
/// </summary>
public static class TeamsManifestCommand
{
    /// <summary>The package to upload in Teams (Apps → Manage your apps → Upload an app).</summary>
    public const string PackageFile = "teams-app.zip";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Runs the command; <paramref name="args"/> are the words after <c>teams-manifest</c>. Exit code 0 = written, 1 = not.</summary>
    public static Task<int> RunAsync(string[] args, IConfiguration? configuration = null, TextWriter? output = null, TextWriter? error = null, CancellationToken cancellationToken = default)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        var folder = new Option<DirectoryInfo>("--out") { Description = "The folder to write the package to; created when missing.", Required = true };
        var root = new RootCommand("Writes the Teams app package of the bot.") { folder };
        // Host settings may follow the command, as for `dotnet run --project bot -- --Key value`.
        root.TreatUnmatchedTokensAsErrors = false;
        root.SetAction(parse =>
        {
            var settings = configuration ?? new ConfigurationBuilder()
                .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
                .AddEnvironmentVariables()
                .AddCommandLine([.. parse.UnmatchedTokens])
                .Build();
            return Write(parse.GetValue(folder)!, settings, output, error);
        });
        return root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
    }

    private static int Write(DirectoryInfo folder, IConfiguration configuration, TextWriter output, TextWriter error)
    {
        var result = TeamsManifest.Build(configuration, TextCatalog.Load());
        if (!result.Succeeded)
        {
            foreach (var problem in result.Problems)
            {
                error.WriteLine(problem);
            }

            error.WriteLine("No Teams package was written.");
            return 1;
        }

        var site = configuration.GetSection(SiteOptions.Section).Get<SiteOptions>() ?? new SiteOptions();
        var rgb = Convert.ToInt32(site.PrimaryColor[1..], 16);
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["manifest.json"] = JsonSerializer.SerializeToUtf8Bytes(result.Manifest!, Indented),
            [TeamsManifest.ColorIconFile] = TeamsAppIcons.Color(rgb),
            [TeamsManifest.OutlineIconFile] = TeamsAppIcons.Outline(),
        };

        folder.Create();
        foreach (var (name, bytes) in files)
        {
            File.WriteAllBytes(Path.Combine(folder.FullName, name), bytes);
        }

        var package = Path.Combine(folder.FullName, PackageFile);
        using (var zip = ZipFile.Open(package + ".tmp", ZipArchiveMode.Create))
        {
            foreach (var (name, bytes) in files)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(bytes);
            }
        }

        File.Move(package + ".tmp", package, overwrite: true);
        output.WriteLine($"Wrote manifest.json, {TeamsManifest.ColorIconFile}, {TeamsManifest.OutlineIconFile} and {PackageFile} to {folder.FullName}.");
        return 0;
    }
}

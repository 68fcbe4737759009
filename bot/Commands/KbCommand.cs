using System.CommandLine;
using System.Globalization;
using Bouwmarkt.Bot.Knowledge.Curation;
using Bouwmarkt.Bot.Knowledge.Matching;
using Bouwmarkt.Bot.Knowledge.Offers;
using Bouwmarkt.Bot.Knowledge.Store;
using Bouwmarkt.Bot.Knowledge.Taxonomy;
using Route = Bouwmarkt.Bot.Knowledge.Matching.Route;

namespace Bouwmarkt.Bot.Commands;

/// <summary>
/// <c>kb import|export|validate|stale|stats</c>: curation of the offers, on the same LiteDB file and settings as the
/// host (appsettings.json beside the binaries, then environment variables), without starting the web host.
/// </summary>
public static class KbCommand
{
    /// <summary>Runs one verb; <paramref name="args"/> are the words after <c>kb</c>. Exit code 0 = pass, 1 = fail.</summary>
    public static Task<int> RunAsync(string[] args, IConfiguration? configuration = null, TextWriter? output = null, TextWriter? error = null, TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        configuration ??= new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();
        var options = configuration.GetSection(KnowledgeOptions.Section).Get<KnowledgeOptions>() ?? new KnowledgeOptions();
        var context = new Context(options, output ?? Console.Out, error ?? Console.Error, time ?? TimeProvider.System);

        var file = new Argument<string>("file") { Description = "An HSDS 3.0 JSON file or one of our seed files." };
        var import = new Command("import", "Import offers; a file with errors changes nothing.") { file };
        import.SetAction(parse => context.Import(parse.GetValue(file)!));

        var exportFile = new Argument<string>("file") { Description = "Where to write the HSDS 3.0 JSON." };
        var export = new Command("export", "Export all offers to HSDS 3.0 JSON.") { exportFile };
        export.SetAction(parse => context.Export(parse.GetValue(exportFile)!));

        var validateFile = new Argument<string?>("file") { Arity = ArgumentArity.ZeroOrOne, Description = "A file; without it the seed files and the store." };
        var validate = new Command("validate", "Check offers; exit code 0 = pass, 1 = fail.") { validateFile };
        validate.SetAction(parse => context.Validate(parse.GetValue(validateFile)));

        var stale = new Command("stale", "Offers past their verification age, per owner.");
        stale.SetAction(_ => context.Stale());

        var stats = new Command("stats", "Coverage of needs × routes × gemeenten, with the gaps.");
        stats.SetAction(_ => context.Stats());

        var root = new RootCommand("Curation of the Bouwmarkt.Bot knowledge base.") { import, export, validate, stale, stats };
        return root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = context.Out, Error = context.Err }, cancellationToken);
    }

    private sealed class Context(KnowledgeOptions options, TextWriter output, TextWriter error, TimeProvider time)
    {
        private HelpTaxonomy? _taxonomy;

        public TextWriter Out => output;

        public TextWriter Err => error;

        private HelpTaxonomy Taxonomy => _taxonomy ??= TaxonomyLoader.LoadFile(TaxonomyLoader.DefaultPath);

        private OfferImporter Importer => new(new OfferValidator(Taxonomy));

        public int Import(string path)
        {
            using var store = new OfferStore(options.ResolvedLiteDbPath);
            var report = Importer.Import(path, store);
            Print(report.Problems);
            if (!report.Passed)
            {
                error.WriteLine($"Import failed: {report.Problems.Count(p => p.IsError)} errors. Nothing was changed.");
                return 1;
            }

            output.WriteLine($"Imported {report.Imported} offers. A running host uses them within Knowledge:ReloadSeconds.");
            return 0;
        }

        public int Export(string path)
        {
            using var store = new OfferStore(options.ResolvedLiteDbPath);
            var offers = store.LoadAll();
            var temp = path + ".tmp";
            using (var stream = File.Create(temp))
            {
                HsdsWriter.Write(stream, offers);
            }

            File.Move(temp, path, overwrite: true);
            output.WriteLine($"Exported {offers.Count} offers to {path}.");
            return 0;
        }

        public int Validate(string? path)
        {
            var problems = new List<CurationProblem>();
            if (path is not null)
            {
                problems.AddRange(Importer.Check(path).Report.Problems);
            }
            else
            {
                var all = new List<Offer>();
                foreach (var seed in Directory.Exists(options.ResolvedSeedDirectory)
                    ? Directory.EnumerateFiles(options.ResolvedSeedDirectory, "*.json").Order(StringComparer.Ordinal)
                    : Enumerable.Empty<string>())
                {
                    var (offers, report) = Importer.Check(seed);
                    all.AddRange(offers);
                    problems.AddRange(report.Problems);
                }

                // Ids must also be unique across the seed files together.
                problems.AddRange(new OfferValidator(Taxonomy).Validate(all, "seed").Where(p => p.Code == "duplicate"));
                if (File.Exists(options.ResolvedLiteDbPath))
                {
                    using var store = new OfferStore(options.ResolvedLiteDbPath);
                    problems.AddRange(new OfferValidator(Taxonomy).Validate(store.LoadAll(), "store"));
                }
            }

            Print(problems);
            var errors = problems.Count(p => p.IsError);
            output.WriteLine(errors == 0 ? $"Pass ({problems.Count} warnings)." : $"Fail: {errors} errors.");
            return errors == 0 ? 0 : 1;
        }

        public int Stale()
        {
            using var store = new OfferStore(options.ResolvedLiteDbPath);
            var oldest = options.OldestShown(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
            var report = StaleReport.Build(store.LoadAll(), oldest);
            output.WriteLine($"{report.Count} offers not checked since {oldest:yyyy-MM-dd}.");
            foreach (var owner in report.Owners)
            {
                output.WriteLine();
                output.WriteLine($"{owner.Owner} ({owner.Offers.Count}):");
                foreach (var o in owner.Offers)
                {
                    output.WriteLine($"  {o.Id}  {o.Name}  gecontroleerd op {o.AssuredDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "nooit"}");
                }
            }

            return 0;
        }

        public int Stats()
        {
            using var store = new OfferStore(options.ResolvedLiteDbPath);
            var offers = store.LoadAll();
            var report = CoverageReport.Build(offers, Taxonomy);
            var routes = Enum.GetValues<Route>();
            output.WriteLine($"{offers.Count} offers. Per gemeente (national offers counted everywhere): need  {string.Join(' ', routes.Select(r => RouteNames.ToCode(r).PadLeft(10)))}");
            foreach (var g in report.Gemeenten)
            {
                output.WriteLine();
                output.WriteLine(g);
                foreach (var need in HelpTaxonomy.NeedIds)
                {
                    output.WriteLine($"  {need,-16}{string.Concat(routes.Select(r => report[g, need, r].ToString(CultureInfo.InvariantCulture).PadLeft(11)))}");
                }
            }

            var gaps = report.Gaps().ToList();
            output.WriteLine();
            output.WriteLine($"{gaps.Count} gaps (gemeente, need, route without any offer):");
            foreach (var (g, n, r) in gaps)
            {
                output.WriteLine($"  {g}  {n}  {RouteNames.ToCode(r)}");
            }

            return 0;
        }

        private void Print(IEnumerable<CurationProblem> problems)
        {
            foreach (var p in problems)
            {
                (p.IsError ? error : output).WriteLine(p.ToString());
            }
        }
    }
}

namespace Bouwmarkt.Bot.Knowledge.Matching;

/// <summary>The answers that change which offers fit. All optional; nothing here identifies a person.</summary>
/// <param name="ForWhom">"zelf", "ander" (someone I worry about) or "helpen" (I want to help).</param>
/// <param name="Age">An age (or the middle of an age band).</param>
/// <param name="Gemeente">Municipality name.</param>
/// <param name="Postcode">A postcode or its four digits.</param>
/// <param name="Urgent">True when a deadline (deurwaarder, afsluiting, uitzetting) makes it urgent.</param>
public sealed record MatchAnswers(string? ForWhom = null, int? Age = null, string? Gemeente = null, string? Postcode = null, bool Urgent = false);

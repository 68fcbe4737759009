namespace Bouwmarkt.Bot.Channels.WhatsApp;

/// <summary>The notification's bytes as signed, handed from <see cref="WhatsAppSignatureFilter"/> to the endpoint as a request feature.</summary>
internal sealed record WhatsAppRawBody(byte[] Bytes);

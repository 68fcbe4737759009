using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Bouwmarkt.Bot.Channels.WhatsApp;

/// <summary>Reads the raw body and checks <c>X-Hub-Signature-256</c> before anything parses it; a missing or bad signature gets 401 without detail.</summary>
/// <remarks>The bytes go on as <see cref="WhatsAppRawBody"/>, since the HMAC is over exactly these bytes.</remarks>
internal sealed class WhatsAppSignatureFilter(IOptions<WhatsAppOptions> options, ILogger<WhatsAppSignatureFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var settings = options.Value;
        var body = await ReadBodyAsync(http, settings.MaxBodyBytes).ConfigureAwait(false);
        if (body is null)
        {
            WhatsAppLog.TooLarge(logger, settings.MaxBodyBytes);
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Notification too large",
                detail: $"The body exceeds the limit of {settings.MaxBodyBytes} bytes.");
        }

        var header = http.Request.Headers[WhatsAppSignature.HeaderName];
        if (header.Count != 1 || !WhatsAppSignature.IsValid(settings.AppSecret, body, header[0]))
        {
            WhatsAppLog.SignatureRefused(logger, header.Count == 0 ? "missing" : "invalid");
            return TypedResults.Unauthorized();
        }

        http.Features.Set(new WhatsAppRawBody(body));
        return await next(context).ConfigureAwait(false);
    }

    /// <summary>The body, or null when it is larger than <paramref name="maxBytes"/>.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpContext http, int maxBytes)
    {
        if (http.Request.ContentLength > maxBytes)
        {
            return null;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes;
        }

        try
        {
            using var buffer = new MemoryStream();
            await http.Request.Body.CopyToAsync(buffer, http.RequestAborted).ConfigureAwait(false);
            return buffer.Length > maxBytes ? null : buffer.ToArray();
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
    }
}

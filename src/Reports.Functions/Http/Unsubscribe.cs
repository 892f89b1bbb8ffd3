using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Reports.Domain.UseCases;

namespace Reports.Functions.Http;

/// <summary>
/// The email's unsubscribe link: GET /api/unsubscribe?token=… shows a confirmation button, POST unsubscribes.
/// A GET never unsubscribes, because mail scanners open links; mail clients' one-click (RFC 8058) POSTs.
/// Anonymous: the 256-bit token is the credential.
/// </summary>
public sealed class Unsubscribe(ManageSubscribers subscribers, ILogger<Unsubscribe> logger)
{
    [Function(nameof(Unsubscribe))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "unsubscribe")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var token = request.Query["token"].ToString();
        if (!ManageSubscribers.IsWellFormedToken(token)) return Page(StatusCodes.Status400BadRequest, "This unsubscribe link is incomplete or damaged.");

        if (!HttpMethods.IsPost(request.Method))
        {
            return Page(StatusCodes.Status200OK, "Stop receiving the daily Flow Report?",
                $"<form method=\"post\" action=\"?token={WebUtility.HtmlEncode(Uri.EscapeDataString(token))}\"><button type=\"submit\">Unsubscribe</button></form>");
        }

        var change = await subscribers.UnsubscribeAsync(token, cancellationToken);
        if (change.Kind != SubscriberChangeKind.Removed)
            return Page(StatusCodes.Status404NotFound, "This link is no longer subscribed: nothing more will be sent to it.");
        logger.LogInformation("Subscriber {SubscriberId} unsubscribed through the email link", change.Subscriber!.Id);
        return Page(StatusCodes.Status200OK, "You are unsubscribed. No more daily reports will be sent to this address.");
    }

    private static ContentResult Page(int status, string message, string extra = "") => new()
    {
        StatusCode = status,
        ContentType = "text/html; charset=utf-8",
        Content = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Flow Report</title></head>" +
                  $"<body style=\"font-family:Helvetica,Arial,sans-serif;max-width:560px;margin:48px auto;\"><p>{WebUtility.HtmlEncode(message)}</p>{extra}</body></html>",
    };
}

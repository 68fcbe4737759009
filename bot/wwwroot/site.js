// The page asks this host for its look (Site:*) and a Direct Line token for one new conversation, then starts
// Web Chat against our own Direct Line at /v3/directline. The Direct Line secret never reaches the browser.
(function () {
  'use strict';

  var largerTextKey = 'bouwmarkt.largerText';
  var settings = null;
  var directLine = null;
  var userID = null;

  function statusText(text) {
    document.getElementById('status').textContent = text;
  }

  function postJson(url) {
    return fetch(url, { method: 'POST', headers: { Accept: 'application/json' } }).then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    });
  }

  function styleOptions(larger) {
    return {
      accent: settings.primaryColor,
      bubbleFromUserBackground: settings.primaryColor,
      bubbleFromUserTextColor: '#FFFFFF',
      bubbleBorderColor: '#767676',
      bubbleBorderWidth: 1,
      hideUploadButton: true,
      primaryFont: 'Arial, "Helvetica Neue", Helvetica, sans-serif',
      sendBoxButtonColor: settings.primaryColor,
      suggestedActionTextColor: settings.primaryColor,
      suggestedActionBorderColor: settings.primaryColor,
      suggestedActionLayout: 'flow',
      suggestedActionHeight: larger ? 48 : 40,
      timestampColor: '#595959',
      subtle: '#595959'
    };
  }

  function render() {
    var larger = document.documentElement.classList.contains('larger-text');
    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        userID: userID,
        locale: settings.locale,
        // Our residents are addressed with 'je' (B1), Web Chat's Dutch says 'u'.
        overrideLocalizedStrings: {
          ACTIVITY_YOU_SAID_ALT: 'Jij zei:',
          ACTIVITY_YOU_ATTACHED_ALT: 'Jij stuurde mee:',
          TEXT_INPUT_PLACEHOLDER: 'Typ je bericht'
        },
        styleOptions: styleOptions(larger)
      },
      document.getElementById('webchat')
    );
  }

  function applyLargerText(larger) {
    document.documentElement.classList.toggle('larger-text', larger);
    document.getElementById('larger-text').setAttribute('aria-pressed', larger ? 'true' : 'false');
    try {
      window.localStorage.setItem(largerTextKey, larger ? '1' : '0');
    } catch (e) {
      // Private mode: the choice lasts for this page only.
    }
    if (directLine) {
      render();
    }
  }

  function start() {
    var stored = null;
    try {
      stored = window.localStorage.getItem(largerTextKey);
    } catch (e) {
      stored = null;
    }
    applyLargerText(stored === '1');
    document.getElementById('larger-text').addEventListener('click', function (event) {
      applyLargerText(event.currentTarget.getAttribute('aria-pressed') !== 'true');
    });

    fetch('webchat/settings', { headers: { Accept: 'application/json' } })
      .then(function (response) { return response.json(); })
      .then(function (loaded) {
        settings = loaded;
        document.documentElement.style.setProperty('--primary', settings.primaryColor);
        document.getElementById('municipality').textContent = settings.municipalityName;
        document.title = 'Hulpwijzer - ' + settings.municipalityName;
        return postJson('webchat/token');
      })
      .then(function (session) {
        userID = session.userId;
        // Replies stream over a WebSocket; ?transport=polling asks every second instead (for networks that block sockets).
        var polling = new URLSearchParams(window.location.search).get('transport') === 'polling';
        directLine = window.WebChat.createDirectLine({
          token: session.token,
          domain: window.location.origin + '/v3/directline',
          webSocket: !polling
        });
        render();
        statusText('');
      })
      .catch(function () {
        statusText('De chat kan nu niet starten. Probeer het later opnieuw of bel de gemeente.');
      });
  }

  start();
}());

/* Tells the portal the reader's time zone, so that it shows times as the reader's clock says them. */
(function () {
    try {
        var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
        if (zone && document.cookie.indexOf('portal_tz=' + encodeURIComponent(zone)) < 0) {
            document.cookie = 'portal_tz=' + encodeURIComponent(zone) + '; path=/; max-age=31536000; SameSite=Lax';
        }
    } catch (e) {
        /* an old browser: times stay in UTC */
    }
})();

// Older links to Vigie's history page (history.html) keep working: same query and fragment.
location.replace('/reports.html' + location.search + location.hash);

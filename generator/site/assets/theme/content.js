/* Material for MkDocs 9.8.1, partials/javascripts/content.html (MIT licence),
   moved out of an inline <script>: opens a tab named by the URL's #fragment. */
var target=document.getElementById(location.hash.slice(1));target&&target.name&&(target.checked=target.name.startsWith("__tabbed_"))

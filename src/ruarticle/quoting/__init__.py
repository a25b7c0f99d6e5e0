"""Parts of the quotations stage; ``ruarticle.quotes.find`` puts them together."""
